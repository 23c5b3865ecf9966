import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its package at run time: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Report files are uploaded through a server action (lib/actions/report-import.ts): room for the
  // largest file accepted (8 MB, lib/reports/file/read-report-file.ts), under the proxy's 10 MB.
  experimental: { serverActions: { bodySizeLimit: "9mb" } },
};

export default nextConfig;
