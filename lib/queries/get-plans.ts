// The plans a user may see (lib/plans/plan-access.ts), newest period first, with the scope unit's
// overall target at the last milestone, for the plan list.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import type { ScopedUser } from "@/lib/permissions/scope";
import { planScopeUnitsSql } from "@/lib/plans/plan-access";

const planRow = z.object({
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.date(),
  periodStart: z.date(),
  periodEnd: z.date(),
  archivedAt: z.date().nullable(),
  scopeUnitId: z.number().int(),
  scopeCode: z.string(),
  scopeName: z.string(),
  scopeValidTo: z.date().nullable(),
  finalRateBp: z.number().int().nullable(),
  finalComparator: z.enum(["AT_LEAST", "EXACTLY"]).nullable(),
  allocatedUnits: z.coerce.number().int(),
});

export type PlanListItem = z.infer<typeof planRow>;

export async function getPlans(user: ScopedUser): Promise<PlanListItem[]> {
  const visible = await planScopeUnitsSql(user);
  const where = visible ? Prisma.sql`WHERE p.scope_unit_id IN (SELECT unit_id FROM (${visible}) v)` : Prisma.empty;
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    SELECT p.id, p.number, p.title, p.issuer, p.issued_on AS "issuedOn", p.period_start AS "periodStart",
           p.period_end AS "periodEnd", p.archived_at AS "archivedAt", p.scope_unit_id AS "scopeUnitId",
           u.code AS "scopeCode", u.name AS "scopeName", u.valid_to AS "scopeValidTo",
           final.rate_bp AS "finalRateBp", final.comparator::text AS "finalComparator",
           (SELECT COUNT(DISTINCT t.unit_id) FROM plan_target t WHERE t.plan_id = p.id AND t.unit_id <> p.scope_unit_id) AS "allocatedUnits"
    FROM plan p
    JOIN unit u ON u.id = p.scope_unit_id
    LEFT JOIN LATERAL (
      SELECT t.rate_bp, t.comparator FROM plan_target t
      WHERE t.plan_id = p.id AND t.unit_id = p.scope_unit_id AND t.group_id IS NULL AND t.rate_bp IS NOT NULL
      ORDER BY t.due_on DESC LIMIT 1
    ) final ON true
    ${where}
    ORDER BY p.period_end DESC, p.issued_on DESC, p.id DESC`);
  return z.array(planRow).parse(rows);
}
