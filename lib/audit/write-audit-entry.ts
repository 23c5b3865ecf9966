// Appends one entry to the audit log (the table accepts inserts only). Called inside the
// transaction of the change it records, so that both are written or neither.
import type { Prisma } from "@prisma/client";
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
