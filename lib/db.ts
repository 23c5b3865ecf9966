// The application's one Prisma client, kept on globalThis so that Next.js dev reloads reuse it. The
// embedded database (PGlite) behind it is opened on the first query, once per process
// (lib/embedded-db/open.ts).
import "server-only";

import type { PrismaClient } from "@prisma/client";

import { createPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { bhytPrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.bhytPrisma ??= createPrismaClient());
