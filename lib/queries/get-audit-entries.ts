// The audit log as the audit page reads it: newest first, a page at a time, optionally one action;
// an official sees the entries about units they manage, an administrator every entry.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import type { AuditAction } from "@/lib/audit/actions";
import { db } from "@/lib/db";
import { manageableUnitsSql, type ScopedUser } from "@/lib/permissions/scope";

export const AUDIT_PAGE_SIZE = 50;

const entryRow = z.object({
  id: z.number(),
  at: z.date(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entity_type: z.string().nullable(),
  entity_id: z.string().nullable(),
  unit_code: z.string().nullable(),
  unit_name: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export async function getAuditEntries(
  actor: ScopedUser,
  { action, page }: { action: AuditAction | null; page: number },
) {
  const manageable = await manageableUnitsSql(actor);
  const conditions = [
    manageable ? Prisma.sql`a.unit_id IN (SELECT unit_id FROM (${manageable}) m)` : null,
    action ? Prisma.sql`a.action = ${action}` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM audit_entry a ${where}`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT a.id, a.at, a.username, a.ip, a.action, a.entity_type, a.entity_id, a.before, a.after,
             x.code AS unit_code, x.name AS unit_name
      FROM audit_entry a
      LEFT JOIN unit x ON x.id = a.unit_id
      ${where}
      ORDER BY a.at DESC, a.id DESC
      LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(page - 1) * AUDIT_PAGE_SIZE}`),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  return {
    entries: rows.map((row) => entryRow.parse(row)),
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
