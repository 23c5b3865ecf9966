// The application's one Prisma client. Kept on globalThis so that Next.js dev reloads reuse it:
// a second client would open the embedded database (PGlite) a second time, which corrupts it.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { bhytPrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.bhytPrisma ??= createPrismaClient());
