"use client";

import { importUnitList } from "@/lib/actions/units";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, fill } from "@/lib/i18n/messages";
import type { UnitListPreview } from "@/lib/units/import-unit-list";
import { ImportCounts } from "./import-counts";
import { TwoStepImportForm } from "./two-step-import-form";

/** Upload of an official unit list: preview of the units opened, closed, renamed, moved, then confirmation. */
export function UnitListImportForm({ locale, t }: { locale: Locale; t: Messages["units"] }) {
  return (
    <TwoStepImportForm<UnitListPreview>
      id="unit-list"
      action={importUnitList}
      fileLabel={t.import.file}
      month={{ name: "validFrom", label: t.import.validFrom, hint: t.import.validFromHint, defaultValue: "" }}
      locale={locale}
      t={t}
      renderPreview={(preview) => <UnitListPreviewView preview={preview} locale={locale} t={t.import} />}
    />
  );
}

function UnitListPreviewView({ preview, locale, t }: { preview: UnitListPreview; locale: Locale; t: Messages["units"]["import"] }) {
  const { counts, examples } = preview;
  const groups = [
    { label: t.opened, count: counts.opened, items: examples.opened },
    { label: t.closed, count: counts.closed, items: examples.closed },
    { label: t.renamed, count: counts.renamed, items: examples.renamed },
    { label: t.moved, count: counts.moved, items: examples.moved },
  ].filter((group) => group.count > 0);
  return (
    <div className="space-y-3">
      <h3 className="font-semibold text-slate-900">
        {fill(t.previewTitle, { file: preview.fileName })}{" "}
        <span className="font-normal text-slate-500">· {fill(t.rowsRead, { rows: formatCount(preview.rows, locale) })}</span>
      </h3>
      <ImportCounts
        locale={locale}
        items={[
          { label: t.opened, value: counts.opened, testId: "count-opened" },
          { label: t.closed, value: counts.closed, testId: "count-closed" },
          { label: t.renamed, value: counts.renamed, testId: "count-renamed" },
          { label: t.moved, value: counts.moved, testId: "count-moved" },
          ...(counts.removed > 0 ? [{ label: t.removed, value: counts.removed }] : []),
          { label: t.unchanged, value: counts.unchanged, testId: "count-unchanged" },
        ]}
      />
      {preview.changes === 0 && <p className="text-sm text-met">{t.noChange}</p>}
      {counts.renamed + counts.moved > 0 && <p className="text-sm text-slate-600">{t.versionNote}</p>}
      {groups.map((group) => (
        <details key={group.label} className="text-sm">
          <summary className="cursor-pointer text-brand-700 hover:underline">
            {t.examples}: {group.label.toLocaleLowerCase(locale)}
          </summary>
          <ul className="mt-1 list-disc pl-6 text-slate-700">
            {group.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
            {group.count > group.items.length && <li className="list-none text-slate-500">{fill(t.andMore, { count: formatCount(group.count - group.items.length, locale) })}</li>}
          </ul>
        </details>
      ))}
    </div>
  );
}
