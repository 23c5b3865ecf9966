// Every save, submission and review of a report, newest first, from the audit log.
import { Card } from "@/components/ui/card";
import { isAuditAction } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ReportAuditEntry } from "@/lib/reports/figure-history";
import { readStoredSnapshot } from "@/lib/reports/report-snapshot";

export function ReportTimeline({
  audit,
  locale,
  t,
}: {
  audit: readonly ReportAuditEntry[];
  locale: Locale;
  t: Messages;
}) {
  const e = t.reports.entry;
  return (
    <Card title={e.timelineTitle}>
      {audit.length === 0 ? (
        <p className="text-sm text-slate-500">{e.timelineEmpty}</p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="report-timeline">
          {[...audit].reverse().map((entry) => {
            const version = readStoredSnapshot(entry.after)?.version;
            return (
              <li key={entry.id} className="border-l-2 border-slate-200 pl-2">
                <span className="font-medium text-slate-800">
                  {isAuditAction(entry.action) ? t.audit.actions[entry.action] : entry.action}
                </span>
                {version !== undefined && (
                  <span className="text-slate-600"> · {fill(e.timelineVersion, { version })}</span>
                )}
                <span className="block text-slate-600">
                  {entry.by ?? e.unknownUser} · <span className="tabular-nums">{formatDateTime(entry.at, locale)}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
