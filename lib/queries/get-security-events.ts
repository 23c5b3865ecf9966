// The security log as administrators read it (/admin/security): refused writes, newest first, a
// page at a time, with the unit they named.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";

export const SECURITY_EVENTS_PAGE_SIZE = 50;

const eventRow = z.object({
  id: z.number(),
  at: z.date(),
  username: z.string(),
  action: z.string(),
  reason: z.string(),
  target: z.record(z.string(), z.union([z.string(), z.array(z.string())])).nullable(),
  ip: z.string().nullable(),
  suppressed: z.number(),
  unit_code: z.string().nullable(),
  unit_name: z.string().nullable(),
});

export type SecurityEventRow = z.infer<typeof eventRow>;

export async function getSecurityEvents({ page }: { page: number }) {
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM security_event`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT e.id, e.at, e.username, e.action, e.reason, e.target, e.ip, e.suppressed,
             u.code AS unit_code, u.name AS unit_name
      FROM security_event e
      LEFT JOIN unit u ON u.id = e.unit_id
      ORDER BY e.at DESC, e.id DESC
      LIMIT ${SECURITY_EVENTS_PAGE_SIZE} OFFSET ${(page - 1) * SECURITY_EVENTS_PAGE_SIZE}`),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  return {
    events: rows.map((row) => eventRow.parse(row)),
    page,
    pages: Math.max(1, Math.ceil(total / SECURITY_EVENTS_PAGE_SIZE)),
  };
}
