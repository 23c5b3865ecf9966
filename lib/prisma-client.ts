// Builds a Prisma client on the configured database. lib/db.ts holds the app's single instance;
// scripts and tests call this directly.
import { PrismaClient } from "@prisma/client";

import { createAppAdapter } from "./db-adapter";

export function createPrismaClient(env: NodeJS.ProcessEnv = process.env): PrismaClient {
  return new PrismaClient({ adapter: createAppAdapter(env) });
}
