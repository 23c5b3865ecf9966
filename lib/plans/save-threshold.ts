// Adding, editing and deleting the New Rural Area thresholds (national reference data; permission
// threshold:manage, administrators only). Periods of the same level must not overlap, so that one
// threshold applies to each month. Edits and deletions check the version the page was loaded with.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { periodsOverlap } from "@/lib/coverage/rural-standard";
import type { DbClient } from "@/lib/db-client";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth, monthEndDate, monthToDate } from "@/lib/period";
import { deleteThresholdSchema, thresholdSchema, type ThresholdInput } from "@/lib/validation/threshold-form";

type ThresholdRecord = {
  level: string;
  validFrom: Date;
  validTo: Date | null;
  rateBp: number;
  legalBasis: string;
  notes: string | null;
  legalBasisEn: string | null;
  notesEn: string | null;
};

function snapshot(threshold: ThresholdRecord) {
  return {
    level: threshold.level,
    validFrom: dateToMonth(threshold.validFrom),
    validTo: threshold.validTo ? dateToMonth(threshold.validTo) : null,
    rateBp: threshold.rateBp,
    legalBasis: threshold.legalBasis,
    notes: threshold.notes,
    legalBasisEn: threshold.legalBasisEn,
    notesEn: threshold.notesEn,
  };
}

async function checkOverlap(
  client: DbClient,
  input: ThresholdInput,
  period: { validFrom: Date; validTo: Date | null },
  t: Messages,
) {
  const others = await client.ruralStandardThreshold.findMany({
    where: { level: input.level, ...(input.id ? { id: { not: input.id } } : {}) },
  });
  const clash = others.find((other) => periodsOverlap(other, period));
  if (clash) {
    const locale = t.locale;
    const message = fill(t.plans.thresholds.overlap, {
      from: formatMonth(dateToMonth(clash.validFrom), locale),
      to: clash.validTo ? formatMonth(dateToMonth(clash.validTo), locale) : t.plans.thresholds.openEnded,
    });
    throw new ActionRefusal(t.actions.invalidInput, { validFrom: [message] });
  }
}

export const saveThresholdSpec = defineAction(
  "threshold.save",
  thresholdSchema,
  "threshold:manage",
  async (input, { tx, t }) => {
    const data = {
      level: input.level,
      validFrom: monthToDate(input.validFrom),
      validTo: input.validTo ? monthEndDate(input.validTo) : null,
      rateBp: input.rateBp,
      legalBasis: input.legalBasis,
      notes: input.notes,
      legalBasisEn: input.legalBasisEn,
      notesEn: input.notesEn,
    };
    await checkOverlap(tx, input, data, t);
    if (input.id === null) {
      const created = await tx.ruralStandardThreshold.create({ data });
      return {
        audit: {
          action: "threshold.create",
          entityType: "rural_standard_threshold",
          entityId: String(created.id),
          after: snapshot(created),
        },
        message: t.plans.thresholds.created,
      };
    }
    const before = await tx.ruralStandardThreshold.findUnique({ where: { id: input.id } });
    const updated = await tx.ruralStandardThreshold.updateMany({
      where: { id: input.id, version: input.version ?? -1 },
      data: { ...data, version: { increment: 1 } },
    });
    if (!before || updated.count === 0) throw new ActionRefusal(t.plans.thresholds.stale);
    return {
      audit: {
        action: "threshold.update",
        entityType: "rural_standard_threshold",
        entityId: String(input.id),
        before: snapshot(before),
        after: snapshot(data),
      },
      message: t.plans.thresholds.saved,
    };
  },
  { revalidate: ["/admin/thresholds"] },
);

export const deleteThresholdSpec = defineAction(
  "threshold.delete",
  deleteThresholdSchema,
  "threshold:manage",
  async (input, { tx, t }) => {
    const before = await tx.ruralStandardThreshold.findUnique({ where: { id: input.id } });
    const deleted = await tx.ruralStandardThreshold.deleteMany({ where: { id: input.id, version: input.version } });
    if (!before || deleted.count === 0) throw new ActionRefusal(t.plans.thresholds.stale);
    return {
      audit: {
        action: "threshold.delete",
        entityType: "rural_standard_threshold",
        entityId: String(input.id),
        before: snapshot(before),
      },
      message: t.plans.thresholds.deleted,
    };
  },
  { revalidate: ["/admin/thresholds"] },
);
