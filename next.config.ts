import type { NextConfig } from "next";

import { staticSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its package at run time: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Report files (8 MB at most, lib/reports/file/read-report-file.ts) and unit lists (10,000 communes)
  // are uploaded through server actions (default limit 1 MB); under the proxy's own limit.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  // The security headers on everything, static files included (pages get them, and their
  // Content-Security-Policy, from proxy.ts). Read at build time, which is always a production one.
  async headers() {
    const headers = staticSecurityHeaders({ production: process.env.NODE_ENV === "production" });
    return [{ source: "/:path*", headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
