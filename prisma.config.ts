import { defineConfig } from "prisma/config";

import { createMigrationAdapter, PLACEHOLDER_DATABASE_URL } from "./lib/db-adapter";

// The schema's datasource must validate even when the embedded database is used (no DATABASE_URL).
process.env.DATABASE_URL ??= PLACEHOLDER_DATABASE_URL;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: () => createMigrationAdapter(),
});
