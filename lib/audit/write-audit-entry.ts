// Appends one entry to the audit log (the table accepts inserts only). Called inside the
// transaction of the change it records, so that both are written or neither.
import { Prisma } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";

import type { AuditAction } from "./actions";

/** Where a request came from, as far as the server can tell. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

export type AuditRecord = {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  unitId?: number | null;
  /** The month concerned (first day, UTC), for changes of monthly data. */
  period?: Date | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export type AuditActor = { userId: string | null; username: string | null };

export async function writeAuditEntry(
  client: DbClient,
  actor: AuditActor,
  origin: RequestOrigin,
  record: AuditRecord,
): Promise<void> {
  await client.auditEntry.create({
    data: {
      userId: actor.userId,
      username: actor.username,
      ip: origin.ip,
      userAgent: origin.userAgent,
      action: record.action,
      entityType: record.entityType ?? null,
      entityId: record.entityId ?? null,
      unitId: record.unitId ?? null,
      period: record.period ?? null,
      before: record.before,
      after: record.after,
    },
  });
}

/** Entries per insert statement. */
const ENTRIES_PER_INSERT = 5_000;

/**
 * Appends several entries, in order, with one INSERT … SELECT FROM unnest(…) per few thousand
 * entries (an import records one entry per report it writes).
 */
export async function writeAuditEntries(
  client: DbClient,
  actor: AuditActor,
  origin: RequestOrigin,
  records: readonly AuditRecord[],
): Promise<void> {
  if (records.length === 1) return writeAuditEntry(client, actor, origin, records[0]!);
  for (let start = 0; start < records.length; start += ENTRIES_PER_INSERT) {
    const batch = records.slice(start, start + ENTRIES_PER_INSERT);
    const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
    await client.$executeRaw(Prisma.sql`
      INSERT INTO audit_entry (user_id, username, ip, user_agent, action, entity_type, entity_id, unit_id, period, before, after)
      SELECT ${actor.userId}, ${actor.username}, ${origin.ip}, ${origin.userAgent}, v.action, v.entity_type, v.entity_id, v.unit_id,
             v.period, v.before::jsonb, v.after::jsonb
      FROM unnest(
        ${batch.map((record) => record.action)}::text[], ${batch.map((record) => record.entityType ?? null)}::text[],
        ${batch.map((record) => record.entityId ?? null)}::text[], ${batch.map((record) => record.unitId ?? null)}::int[],
        ${batch.map((record) => (record.period ? record.period.toISOString().slice(0, 10) : null))}::date[],
        ${batch.map((record) => json(record.before))}::text[], ${batch.map((record) => json(record.after))}::text[]
      ) WITH ORDINALITY AS v(action, entity_type, entity_id, unit_id, period, before, after, position)
      ORDER BY v.position`);
  }
}
