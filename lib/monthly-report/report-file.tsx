// The monthly report of a unit as a PDF file, for GET /coverage/<code>/report.pdf?month=YYYY-MM, or
// the quarterly one for ?quarter=YYYY-Qn (the figures of its last month, which must have figures)
// (&view=current, &data=approved as on the dashboard). The unit is found and checked as the
// dashboard's files find and check it (lib/dashboard/ranking-file.ts): by code in the month (or
// today, in today's structure), within the user's scope — a unit outside it is answered like one
// that does not exist. Asked for from a plan's view (&plan=<id>), it also states the plan's standing
// or outcome for the unit, resolved as that view resolves it (lib/plans/resolve-plan-view.ts): only
// for a plan the user may see, whose view shows this unit in this month.
import "server-only";

import { renderToBuffer } from "@react-pdf/renderer";

import { MonthlyReportDocument } from "@/components/report-pdf/monthly-report-document";
import { countingBasisFrom } from "@/lib/coverage/counting-rule";
import { structureViewFrom } from "@/lib/dashboard/structure-view";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { quarterMonths } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { planViewFor } from "@/lib/plans/resolve-plan-view";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { monthAsked, quarterSchema } from "@/lib/validation/period";

import { getMonthlyReportContent } from "./report-content";
import { registerReportFont } from "./report-font";

export type ReportFile =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

export async function buildMonthlyReportFile({
  user,
  printedBy,
  printedAt,
  unitCode,
  query,
  locale,
  t,
}: {
  user: ScopedUser;
  /** The account printing it, as the footer names it: "Name (username)". */
  printedBy: string;
  printedAt: Date;
  unitCode: string;
  query: URLSearchParams;
  locale: Locale;
  t: Messages;
}): Promise<ReportFile> {
  const range = await getReportedMonths();
  const quarterAsked = query.get("quarter");
  const quarter = quarterAsked === null ? null : quarterSchema.safeParse(quarterAsked);
  const month = range
    ? monthAsked(quarter ? (quarter.success ? quarterMonths(quarter.data)[2] : null) : query.get("month"), range)
    : null;
  if (range === null || month === null) {
    return {
      kind: "invalid",
      message: quarter
        ? fill(t.reportPdf.badQuarter, { quarter: quarterAsked ?? "" })
        : fill(t.reportPdf.badMonth, { month: query.get("month") ?? "" }),
    };
  }
  const reportQuarter = quarter?.success ? quarter.data : null;
  const view = structureViewFrom(query.get("view"));
  const basis = countingBasisFrom(query.get("data"));
  const found = await resolveUnitInMonth(user, { unit: { code: unitCode }, month, view });
  if (found.kind !== "unit") return { kind: "notFound" };
  const { unit, structureMonth } = found;

  const planAsked = query.get("plan");
  const planView = planAsked ? await planViewFor(user, planAsked, { unit: unit.code, month }) : null;
  const plan =
    planView && planView.unit.id === unit.id && planView.month === month && planView.historyFrom
      ? { id: planView.plan.id, number: planView.plan.number, historyFrom: planView.historyFrom }
      : null;
  const report = await getMonthlyReportContent({
    unit,
    month,
    quarter: reportQuarter,
    firstMonth: range.first,
    structureMonth,
    basis,
    plan,
  });
  registerReportFont();
  const bytes = await renderToBuffer(
    <MonthlyReportDocument report={report} printedAt={printedAt} printedBy={printedBy} locale={locale} t={t} />,
  );
  const suffix = `${view === "current" ? "-hien-nay" : ""}${basis === "approved" ? "-da-duyet" : ""}`;
  const period = reportQuarter ? `quy-${unit.code}-${reportQuarter}` : `${unit.code}-${month}`;
  return { kind: "ready", fileName: `bao-cao-${period}${suffix}.pdf`, bytes: new Uint8Array(bytes) };
}
