// Links from a unit's dashboard to the export of its figures and, for those who may import, to the
// import page with the template preset to this unit and month. Both name the unit by its code, read
// in the month of the link: the dashboard's month, or, when the unit did not exist then (today's
// structure shown for an earlier month), the nearest month it existed — in another month the code
// may be another unit's.
import Link from "next/link";

import type { SessionUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/messages";
import { addMonths, type Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { reportExportHref, reportImportHref } from "@/lib/routes";
import { nearestMonthOfLife, type UnitLife } from "@/lib/units/unit-in-month";

const link =
  "rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

export function ReportFileLinks({
  user,
  unit,
  month,
  t,
}: {
  user: Pick<SessionUser, "role">;
  unit: UnitLife & { code: string };
  month: Month;
  t: Messages;
}) {
  if (!can(user, "report:export") && !can(user, "report:import")) return null;
  const shown = nearestMonthOfLife(unit, month);
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      {can(user, "report:export") && (
        <Link href={reportExportHref(unit.code, addMonths(shown, -11), shown)} className={link}>
          {t.reports.export.nav}
        </Link>
      )}
      {can(user, "report:import") && (
        <Link href={reportImportHref({ unitCode: unit.code, month: shown })} className={link}>
          {t.reports.import.nav}
        </Link>
      )}
    </div>
  );
}
