// A base unit's latest months with the state of each report, linking to its entry page; a month not
// open for entry yet says when it opens, with no action.
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { formatDate, formatMonth } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ReportMonthRow } from "@/lib/queries/get-recent-reports";
import { isEditableStatus } from "@/lib/reports/report-status";
import { reportHref } from "@/lib/routes";

import { ReportStatusBadge } from "./report-status-badge";

export function ReportMonthList({
  unitCode,
  rows,
  canEdit,
  locale,
  t,
}: {
  unitCode: string;
  rows: ReportMonthRow[];
  canEdit: boolean;
  locale: Locale;
  t: Messages;
}) {
  const e = t.reports.entry;
  // Below 640 px the state goes under the month, so that the action keeps its room.
  const columns = [{ label: e.month }, { label: e.status, className: "hidden sm:table-cell" }, { label: "" }];
  const verb = (row: ReportMonthRow) =>
    !canEdit || !isEditableStatus(row.status) ? e.view : row.status === null ? e.enter : e.edit;
  return (
    <DataTable columns={columns} empty={rows.length === 0} emptyText="–">
      {rows.map((row) => (
        <tr key={row.month}>
          <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
            <Link
              href={reportHref(unitCode, row.month)}
              className="inline-flex min-h-11 items-center text-brand-700 hover:underline"
            >
              {formatMonth(row.month, locale)}
            </Link>
            <div className="whitespace-normal pb-1 font-normal sm:hidden">
              <MonthState row={row} locale={locale} t={t} />
            </div>
          </th>
          <td className="hidden px-3 py-2 sm:table-cell">
            <MonthState row={row} locale={locale} t={t} />
          </td>
          <td className="px-3 py-2 text-right">
            {!row.opensOn && (
              <Link
                href={reportHref(unitCode, row.month)}
                aria-label={`${verb(row)} – ${formatMonth(row.month, locale)}`}
                className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
              >
                {verb(row)}
              </Link>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A month's report state and last change, or when the month opens for entry. */
function MonthState({ row, locale, t }: { row: ReportMonthRow; locale: Locale; t: Messages }) {
  const e = t.reports.entry;
  return (
    <>
      {row.opensOn ? (
        <span className="text-sm text-slate-600" data-testid="month-opens-on">
          {fill(e.opensOn, { date: formatDate(row.opensOn, locale) })}
        </span>
      ) : (
        <ReportStatusBadge status={row.status} t={t} />
      )}
      {row.updatedAt && (
        <span className="mt-0.5 block text-xs text-slate-500">
          {e.lastChange}: {formatDateTime(row.updatedAt, locale)}
        </span>
      )}
    </>
  );
}
