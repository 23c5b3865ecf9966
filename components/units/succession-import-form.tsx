"use client";

import { importSuccessionTable } from "@/lib/actions/units";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { SuccessionPreview } from "@/lib/units/import-succession-table";

import { ImportCounts, PreviewHeading } from "./import-counts";
import { TwoStepImportForm } from "./two-step-import-form";

/** Upload of a succession table: preview of the links written, replaced and derived, the default share explained, then confirmation. */
export function SuccessionImportForm({ locale, t }: { locale: Locale; t: Messages["units"] }) {
  return (
    <TwoStepImportForm<SuccessionPreview>
      id="successions"
      action={importSuccessionTable}
      fileLabel={t.import.successionFile}
      month={{
        name: "effectiveOn",
        label: t.import.effectiveOn,
        hint: t.import.effectiveOnHint,
        defaultValue: "2025-07",
      }}
      locale={locale}
      t={t}
      renderPreview={(preview) => <SuccessionPreviewView preview={preview} locale={locale} t={t.import} />}
    />
  );
}

function SuccessionPreviewView({
  preview,
  locale,
  t,
}: {
  preview: SuccessionPreview;
  locale: Locale;
  t: Messages["units"]["import"];
}) {
  const { counts } = preview;
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
          { label: t.oldUnits, value: counts.oldUnits },
          { label: t.newUnits, value: counts.newUnits },
          { label: t.linksWritten, value: counts.written, testId: "count-written" },
          { label: t.linksRemoved, value: counts.removed },
          { label: t.linksUnchanged, value: counts.unchanged, testId: "count-links-unchanged" },
          { label: t.partialWithoutShare, value: counts.partialWithoutShare },
        ]}
      />
      {preview.changes === 0 && <p className="text-sm text-met">{t.noChange}</p>}
      {counts.partialWithoutShare > 0 && (
        <p
          className="rounded-md border border-near/30 bg-amber-50 px-3 py-2 text-sm text-slate-800"
          data-testid="default-share-note"
        >
          {fill(t.defaultShareNote, { count: formatCount(counts.partialWithoutShare, locale) })}
        </p>
      )}
      {counts.derived > 0 && (
        <p className="text-sm text-slate-600">
          {t.derivedLinks}: {formatCount(counts.derived, locale)}. {t.derivedNote}
        </p>
      )}
      {preview.createdUnits.length > 0 && (
        <p className="text-sm text-slate-600">{fill(t.createdNote, { codes: preview.createdUnits.join(", ") })}</p>
      )}
    </div>
  );
}
