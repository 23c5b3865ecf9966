// The type of what reads and writes run on: the app's client or a transaction of it.
import type { Prisma, PrismaClient } from "@prisma/client";

export type DbClient = PrismaClient | Prisma.TransactionClient;
