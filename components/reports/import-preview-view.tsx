// The preview of an import: the counts, then either what blocks it (problems of the file, errors by
// row and column) or what it will change, with the warnings that do not block it.
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportPreview } from "@/lib/reports/import/describe-import";

type Text = Messages["reports"]["import"];

function Capped({ shown, total, text }: { shown: number; total: number; text: Text }) {
  if (shown >= total) return null;
  return <p className="text-xs text-slate-500">{fill(text.capped, { shown, total })}</p>;
}

function Count({
  label,
  value,
  locale,
  tone = "plain",
}: {
  label: string;
  value: number;
  locale: Locale;
  tone?: "plain" | "bad" | "warn" | "good";
}) {
  const colour = { plain: "text-slate-900", bad: "text-behind", warn: "text-near", good: "text-met" }[tone];
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`text-xl font-semibold ${colour}`}>{formatCount(value, locale)}</dd>
    </div>
  );
}

export function ImportPreviewView({
  preview,
  text,
  templateHref,
}: {
  preview: ImportPreview;
  text: Text;
  templateHref: string;
}) {
  const { counts } = preview;
  const blocked = counts.errors > 0;
  return (
    <section aria-labelledby="import-preview" className="space-y-4">
      <h3 id="import-preview" className="text-base font-semibold text-slate-900">
        {fill(text.summaryTitle, { file: preview.fileName })}
      </h3>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" data-testid="import-counts">
        <Count label={text.counts.rows} value={counts.rows} locale={preview.locale} />
        <Count
          label={text.counts.created}
          value={counts.created}
          locale={preview.locale}
          tone={counts.created > 0 ? "good" : "plain"}
        />
        <Count
          label={text.counts.updated}
          value={counts.updated}
          locale={preview.locale}
          tone={counts.updated > 0 ? "good" : "plain"}
        />
        <Count label={text.counts.unchanged} value={counts.unchanged} locale={preview.locale} />
        <Count label={text.counts.blank} value={counts.blank} locale={preview.locale} />
        <Count
          label={text.counts.errors}
          value={counts.errors}
          locale={preview.locale}
          tone={counts.errors > 0 ? "bad" : "plain"}
        />
        <Count
          label={text.counts.warnings}
          value={counts.warnings}
          locale={preview.locale}
          tone={counts.warnings > 0 ? "warn" : "plain"}
        />
      </dl>

      {preview.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-behind/30 bg-red-50 p-3 text-sm text-behind">
          <h4 className="font-semibold">{text.problemsTitle}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {preview.layout && (
            <p className="mt-2 text-slate-800">
              {preview.layout}{" "}
              <a href={templateHref} className="font-medium text-brand-700 underline hover:text-brand-900">
                {text.downloadTemplate}
              </a>
            </p>
          )}
        </div>
      )}
      {preview.ignoredColumns && <p className="text-sm text-slate-600">{preview.ignoredColumns}</p>}

      {preview.issues.length > 0 && (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold text-behind">
            {text.errorsTitle} ({formatCount(counts.errors, preview.locale)})
          </h4>
          <p role="alert" className="text-sm text-slate-700">
            {text.errorsIntro}
          </p>
          <DataTable
            columns={[{ label: text.row, numeric: true }, { label: text.column }, { label: text.problem }]}
            empty={false}
            emptyText=""
          >
            {preview.issues.map((issue, index) => (
              <tr key={`${issue.row}-${index}`} className="align-top">
                <td className="px-3 py-2 text-right font-mono">{issue.row}</td>
                <td className="px-3 py-2 whitespace-nowrap">{issue.column}</td>
                <td className="min-w-64 px-3 py-2">{issue.message}</td>
              </tr>
            ))}
          </DataTable>
          <Capped shown={preview.issues.length} total={preview.issueCount} text={text} />
        </div>
      )}

      {!blocked && counts.created + counts.updated === 0 && (
        <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
          {text.nothingToChange}
        </p>
      )}

      {!blocked && preview.changes.length > 0 && (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold text-slate-900">{text.changesTitle}</h4>
          <DataTable
            columns={[
              { label: text.row, numeric: true },
              { label: text.unit },
              { label: text.month },
              { label: text.change },
            ]}
            empty={false}
            emptyText=""
          >
            {preview.changes.map((change) => (
              <tr key={change.row} className="align-top">
                <td className="px-3 py-2 text-right font-mono">{change.row}</td>
                <td className="min-w-40 px-3 py-2">{change.unit}</td>
                <td className="px-3 py-2 whitespace-nowrap">{change.month}</td>
                <td className="min-w-56 px-3 py-2">
                  {change.isNew && (
                    <span className="mb-1 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">
                      {text.newReport}
                    </span>
                  )}
                  <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
                    {change.fields.map((field) => (
                      <li key={field.label}>
                        {field.label}:{" "}
                        {!change.isNew && (
                          <>
                            <span className="text-slate-500 line-through">{field.before}</span> →{" "}
                          </>
                        )}
                        <strong>{field.after}</strong>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
          <Capped shown={preview.changes.length} total={counts.created + counts.updated} text={text} />
        </div>
      )}

      {!blocked && preview.warnings.length > 0 && (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold text-near">
            {text.warningsTitle} ({formatCount(counts.warnings, preview.locale)})
          </h4>
          <p className="text-sm text-slate-700">{text.warningsIntro}</p>
          <DataTable
            columns={[
              { label: text.row, numeric: true },
              { label: text.unit },
              { label: text.month },
              { label: text.warningsTitle },
            ]}
            empty={false}
            emptyText=""
          >
            {preview.warnings.map((warning, index) => (
              <tr key={`${warning.row}-${index}`} className="align-top">
                <td className="px-3 py-2 text-right font-mono">{warning.row}</td>
                <td className="min-w-40 px-3 py-2">{warning.unit}</td>
                <td className="px-3 py-2 whitespace-nowrap">{warning.month}</td>
                <td className="min-w-64 px-3 py-2">{warning.message}</td>
              </tr>
            ))}
          </DataTable>
          <Capped shown={preview.warnings.length} total={counts.warnings} text={text} />
        </div>
      )}
    </section>
  );
}
