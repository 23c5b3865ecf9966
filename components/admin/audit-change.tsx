// An audit entry's before and after as a small table of the fields it touched, in the reader's
// language (lib/audit/describe-change.ts); a value shown as it was written is marked as entered data.
import { entered } from "@/components/ui/entered";
import { describeAuditChange } from "@/lib/audit/describe-change";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export function AuditChange({
  before,
  after,
  locale,
  t,
}: {
  before: unknown;
  after: unknown;
  locale: Locale;
  t: Messages;
}) {
  const fields = describeAuditChange(before, after, locale, t);
  if (fields.length === 0) return <span>–</span>;
  const hasBefore = fields.some((field) => field.before !== null);
  const hasAfter = fields.some((field) => field.after !== null);
  return (
    <table className="w-full" data-testid="audit-change">
      <thead className="text-left text-slate-500">
        <tr>
          <th scope="col" className="pr-2 font-normal">
            {t.auditFields.field}
          </th>
          {hasBefore && (
            <th scope="col" className="pr-2 font-normal">
              {t.audit.before}
            </th>
          )}
          {hasAfter && (
            <th scope="col" className="font-normal">
              {t.audit.after}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key} className="align-top">
            <th scope="row" className="py-0.5 pr-2 text-left font-medium text-slate-800">
              {field.label}
            </th>
            {hasBefore && (
              <td className="py-0.5 pr-2 break-words" {...(field.written.before ? entered("audit") : {})}>
                {field.before ?? "–"}
              </td>
            )}
            {hasAfter && (
              <td className="py-0.5 break-words" {...(field.written.after ? entered("audit") : {})}>
                {field.after ?? "–"}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
