// Administrators add a set of participant groups valid from a month (a new law period, e.g. the
// amended Law on Health Insurance from July 2025): its groups with names in both languages, and for
// each group the previous set's groups it continues (table group_succession). In the same
// transaction the previous set ends on the day before. A month that already has reports with
// figures in the previous set's groups cannot move into the new set: the start is refused, naming
// the reports, since their figures would belong to groups no longer in force.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { dateToMonth, monthToDate } from "@/lib/period";
import { createGroupSetSchema } from "@/lib/validation/group-set";

const DAY_MS = 24 * 60 * 60 * 1000;

const isoDay = (day: Date | null) => day?.toISOString().slice(0, 10) ?? null;

export const createGroupSetSpec = defineAction(
  "group_set.create",
  createGroupSetSchema,
  "group-set:manage",
  async (input, { tx, t }) => {
    const texts = t.groupSets;
    const locale = t.locale;
    const validFrom = monthToDate(input.validFrom);
    // Inclusive end: the last day of the month before the new set's first.
    const previousEnd = new Date(validFrom.getTime() - DAY_MS);
    const previous = await tx.groupSet.findFirst({
      orderBy: { validFrom: "desc" },
      select: { id: true, code: true, validFrom: true, validTo: true, groups: { select: { id: true } } },
    });
    if (previous && previous.validFrom >= validFrom) {
      const month = formatMonth(dateToMonth(previous.validFrom), locale);
      throw new ActionRefusal(t.actions.invalidInput, { validFrom: [fill(texts.notAfterLast, { month })] });
    }
    if (await tx.groupSet.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new ActionRefusal(t.actions.invalidInput, { code: [texts.codeTaken] });
    }
    const previousIds = new Set(previous?.groups.map((group) => group.id) ?? []);
    const fieldErrors: Record<string, string[]> = {};
    for (const group of input.groups) {
      if (group.continues.some((id) => !previousIds.has(id))) {
        fieldErrors[`g${group.row - 1}.continues`] = [fill(texts.unknownPredecessor, { row: String(group.row) })];
      }
    }
    if (Object.keys(fieldErrors).length > 0) throw new ActionRefusal(t.actions.invalidInput, fieldErrors);

    if (previous) {
      const reported = await tx.enrollmentFigure.groupBy({
        by: ["unitId", "period"],
        where: { period: { gte: validFrom }, groupId: { in: [...previousIds] } },
        orderBy: { period: "asc" },
      });
      if (reported.length > 0) {
        const last = reported[reported.length - 1]!.period;
        throw new ActionRefusal(t.actions.invalidInput, {
          validFrom: [
            fill(texts.reportedAfter, {
              count: String(reported.length),
              code: previous.code,
              month: formatMonth(input.validFrom, locale),
              last: formatMonth(dateToMonth(last), locale),
            }),
          ],
        });
      }
      await tx.groupSet.update({ where: { id: previous.id }, data: { validTo: previousEnd } });
    }
    const set = await tx.groupSet.create({
      data: { code: input.code, name: input.name, legalBasis: input.legalBasis, validFrom },
    });
    for (const { code, ordinal, name, shortName, nameEn, shortNameEn, continues } of input.groups) {
      const created = await tx.participantGroup.create({
        data: { groupSetId: set.id, code, ordinal, name, shortName, nameEn, shortNameEn },
      });
      if (continues.length > 0) {
        await tx.groupSuccession.createMany({
          data: continues.map((predecessorId) => ({ groupId: created.id, predecessorId })),
        });
      }
    }
    return {
      audit: {
        action: "group_set.create",
        entityType: "group_set",
        entityId: String(set.id),
        unitId: null,
        ...(previous && {
          before: { previousSet: previous.code, previousValidTo: isoDay(previous.validTo) },
          after: { ...input, previousValidTo: isoDay(previousEnd) },
        }),
        ...(!previous && { after: input }),
      },
      message: fill(texts.created, { code: input.code, month: formatMonth(input.validFrom, locale) }),
    };
  },
  { revalidate: ["/admin/group-sets", "/reports", "/review", "/coverage", "/plans"] },
);
