import { DataTable } from "@/components/ui/data-table";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { describeImportIssue } from "@/lib/units/describe-import-issue";
import type { ImportIssue } from "@/lib/units/import-issues";

/** The problems found in an imported file, by row and column, in file order. */
export function ImportIssueTable({
  issues,
  total,
  locale,
  t,
}: {
  issues: ImportIssue[];
  total: number;
  locale: Locale;
  t: Messages["units"];
}) {
  const text = t.import;
  return (
    <div className="space-y-2" data-testid="import-issues">
      <p className="font-medium text-behind">{fill(text.issuesTitle, { count: total })}</p>
      {total > issues.length && (
        <p className="text-sm text-slate-600">{fill(text.issuesShown, { shown: issues.length })}</p>
      )}
      <DataTable
        columns={[{ label: text.row, numeric: true }, { label: text.column }, { label: text.problem }]}
        empty={false}
        emptyText=""
      >
        {issues.map((issue, i) => {
          const { row, where, column, message } = describeImportIssue(issue, t, locale);
          return (
            <tr key={i} className="align-top">
              <td className={`px-3 py-1.5 ${row === null ? "" : "text-right tabular-nums"}`}>{where}</td>
              <td className="px-3 py-1.5">{column ?? "–"}</td>
              <td className="px-3 py-1.5">{message}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
