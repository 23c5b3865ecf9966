import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its package at run time: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Report files (8 MB at most, lib/reports/file/read-report-file.ts) and unit lists (10,000 communes)
  // are uploaded through server actions (default limit 1 MB); under the proxy's own limit.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
};

export default nextConfig;
