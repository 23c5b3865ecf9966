// The allocation form as posted: one plan milestone and row (overall or one group) of a parent unit,
// split among its child units. Input names:
//   planId, version, parentUnitId, milestone (YYYY-MM), row ("all" or a group id)
//   unit.<id>.rate, unit.<id>.count, unit.<id>.agency    one child unit's share
// A child with neither a rate nor a number gets no target of its own (it inherits the parent's rate).
import { z } from "zod";

import type { Month } from "@/lib/period";

import { coded, type AddIssue, type ValidationCode } from "./issue-code";
import { planIdSchema, versionSchema } from "./plan-form";
import { parseAssignedCount, parseMonthInput, parseRatePercent } from "./plan-values";

export type AllocationRow = {
  unitId: number;
  rateBp: number | null;
  assignedCount: number | null;
  responsibleAgency: string | null;
};

export type AllocationInput = {
  planId: number;
  version: number;
  parentUnitId: number;
  milestone: Month;
  groupId: number | null;
  rows: AllocationRow[];
};

const UNIT_KEY = /^unit\.(\d{1,9})\.(rate|count|agency)$/;

const headSchema = z.object({
  planId: planIdSchema,
  version: versionSchema,
  parentUnitId: z.coerce.number(coded("common.unit")).int(coded("common.unit")).positive(coded("common.unit")),
  row: z.string().regex(/^(all|\d{1,9})$/, coded("allocation.row")),
});

export const allocationSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((raw, context): AllocationInput => {
    const issue: AddIssue = (name, code) => context.addIssue({ code: "custom", path: [name], message: code });
    const text = (name: string) => {
      const value = raw[name];
      return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
    };
    const head = headSchema.safeParse(raw);
    if (!head.success)
      for (const problem of head.error.issues)
        issue(String(problem.path[0] ?? "form"), problem.message as ValidationCode);
    const milestone = parseMonthInput(text("milestone"));
    if (!milestone) issue("milestone", "allocation.milestone");

    const unitIds = new Set<number>();
    for (const key of Object.keys(raw)) {
      const match = UNIT_KEY.exec(key);
      if (match) unitIds.add(Number(match[1]));
    }
    const rows: AllocationRow[] = [];
    for (const unitId of [...unitIds].sort((a, b) => a - b)) {
      const rate = parseRatePercent(text(`unit.${unitId}.rate`));
      const count = parseAssignedCount(text(`unit.${unitId}.count`));
      const agency = text(`unit.${unitId}.agency`);
      if (rate === "invalid") issue(`unit.${unitId}.rate`, "plan.rate");
      if (count === "invalid") issue(`unit.${unitId}.count`, "plan.count");
      if (agency.length > 200) issue(`unit.${unitId}.agency`, "plan.agencyTooLong");
      if (rate === "invalid" || count === "invalid") continue;
      if (rate === null && count === null) {
        if (agency !== "") issue(`unit.${unitId}.agency`, "allocation.agencyWithoutTarget");
        continue;
      }
      rows.push({ unitId, rateBp: rate, assignedCount: count, responsibleAgency: agency === "" ? null : agency });
    }
    if (!head.success || !milestone || context.issues.length > 0) return z.NEVER;
    const { row, ...ids } = head.data;
    return { ...ids, milestone, groupId: row === "all" ? null : Number(row), rows };
  });
