// A filled entry form for a commune and month, made from the commune's figures of the month before
// with `extra` more people insured (and eligible, and newly enrolled) in every group. The changes are
// confirmed with a reason, since a group whose count never moved (pupils) is flagged by any change,
// and so are new enrollments that a few more people double.
// Used by the store test and the benchmark's concurrent submits.
import type { PrismaClient } from "@prisma/client";

import { addMonths, monthToDate, type Month } from "@/lib/period";

export async function formFromPreviousMonth(
  prisma: PrismaClient,
  unitId: number,
  month: Month,
  version: number,
  extra: number,
) {
  const previous = monthToDate(addMonths(month, -1));
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  const report = await prisma.unitMonthReport.findUniqueOrThrow({
    where: { unitId_period: { unitId, period: previous } },
  });
  const figures = await prisma.enrollmentFigure.findMany({
    where: { unitId, period: previous },
    include: { group: true },
  });
  const form = {
    unitCode: unit.code,
    month,
    version,
    // The new eligible people live in the commune: the groups' eligible never exceed the population.
    population: report.population + extra * figures.length,
    // A blank stays blank (voluntary social insurance is counted in pairs: a 0 would be a figure).
    voluntarySocialInsured: report.voluntarySocialInsured ?? "",
    voluntarySocialAssigned: report.voluntarySocialAssigned ?? "",
    ...Object.fromEntries(
      figures.flatMap((f) => [
        [`g${f.group.code}.insured`, f.insured + extra],
        [`g${f.group.code}.eligible`, f.eligible + extra],
        [`g${f.group.code}.newlyEnrolled`, f.newlyEnrolled + extra],
        [`g${f.group.code}.renewed`, f.renewed],
        [`reason:g${f.group.code}.insured:jump`, "Số liệu kiểm tra"],
        [`reason:g${f.group.code}.eligible:jump`, "Số liệu kiểm tra"],
        [`reason:g${f.group.code}.newlyEnrolled:jump`, "Số liệu kiểm tra"],
      ]),
    ),
  };
  return { form, insured: figures.reduce((sum, f) => sum + f.insured + extra, 0) };
}
