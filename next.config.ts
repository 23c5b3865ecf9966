import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its package at run time: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Unit lists (10,000 communes) and other imports are uploaded through server actions (default 1 MB).
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
};

export default nextConfig;
