"use client";

import { importOfficialPopulation } from "@/lib/actions/population";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { PopulationPreview } from "@/lib/population/import-official-population";

import { ImportCounts, PreviewHeading } from "./import-counts";
import { TwoStepImportForm } from "./two-step-import-form";

/** Upload of official populations per unit and year: preview of the figures new and changed, then confirmation. */
export function PopulationImportForm({ locale, t }: { locale: Locale; t: Messages["units"] }) {
  return (
    <TwoStepImportForm<PopulationPreview>
      id="population"
      action={importOfficialPopulation}
      fileLabel={t.import.populationFile}
      locale={locale}
      t={t}
      renderPreview={(preview) => <PopulationPreviewView preview={preview} locale={locale} t={t.import} />}
    />
  );
}

function PopulationPreviewView({
  preview,
  locale,
  t,
}: {
  preview: PopulationPreview;
  locale: Locale;
  t: Messages["units"]["import"];
}) {
  const { counts } = preview;
  const n = (value: number | null) => (value === null ? "–" : formatCount(value, locale));
  return (
    <div className="space-y-3">
      <PreviewHeading
        title={t.previewTitle}
        file={preview.fileName}
        read={fill(t.rowsRead, { rows: formatCount(preview.rows, locale) })}
      />
      <ImportCounts
        locale={locale}
        items={[
          { label: t.populationCreated, value: counts.created, testId: "count-population-created" },
          { label: t.populationUpdated, value: counts.updated, testId: "count-population-updated" },
          { label: t.populationUnchanged, value: counts.unchanged },
        ]}
      />
      {preview.changes === 0 && <p className="text-sm text-met">{t.populationNoChange}</p>}
      {preview.examples.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="mb-1 text-left font-medium text-slate-700">{t.populationExamples}</caption>
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t.populationUnit}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t.populationYear}
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  {t.populationBefore}
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  {t.populationAfter}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.examples.map((example) => (
                <tr key={`${example.unitCode}/${example.year}`} className="border-b border-slate-100">
                  <td className="px-2 py-1">
                    {example.unitCode} {example.unitName}
                  </td>
                  <td className="px-2 py-1 tabular-nums">{example.year}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{n(example.before)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{n(example.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
