// What the chosen export will hold (unit, months, base units, rows) and the download link, or why
// it cannot be made (range reversed or too long, too many rows…).
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import type { SessionUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { formatCount, formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { describeExportProblem } from "@/lib/reports/export/describe-export-problem";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { reportExportFileHref } from "@/lib/routes";

export async function ExportSummary({
  user,
  unitId,
  from,
  to,
  locale,
  t,
}: {
  user: SessionUser;
  unitId: number;
  from: Month;
  to: Month;
  locale: Locale;
  t: Messages;
}) {
  const plan = await prepareExport(user, { unit: { id: unitId }, from, to }, now());
  if (plan.kind === "notFound") return null;
  if (plan.kind === "invalid") {
    return (
      <p role="alert" className="rounded-md border border-behind/30 bg-white px-3 py-2 text-sm text-behind">
        {describeExportProblem(plan.problem, t, locale)}
      </p>
    );
  }
  const href = reportExportFileHref(plan.unit.code, plan.from, plan.to);
  return (
    <Card>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="export-ready">
        <p className="text-sm text-slate-800">
          {fillNodes(t.reports.export.ready, {
            unit: (
              <>
                <Entered kind="unit">{plan.unit.name}</Entered> ({plan.unit.code})
              </>
            ),
            from: formatMonth(plan.from, locale),
            to: formatMonth(plan.to, locale),
            units: formatCount(plan.baseUnits, locale),
            rows: formatCount(plan.rows, locale),
          })}
        </p>
        <a href={href} download className={buttonClasses("primary", "shrink-0 px-3 py-2 text-center text-sm")}>
          {t.reports.export.download}
        </a>
      </div>
    </Card>
  );
}
