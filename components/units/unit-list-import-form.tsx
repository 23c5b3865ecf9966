"use client";

import { Entered, entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { FormField, inputClass } from "@/components/ui/form-field";
import type { FieldErrors } from "@/lib/actions/action-result";
import { importUnitList } from "@/lib/actions/units";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { UnitListPreview } from "@/lib/units/import-unit-list";
import type { ListChangeWarning } from "@/lib/units/list-change-warning";
import type { ListCoverage } from "@/lib/units/list-coverage";

import { ImportCounts, PreviewHeading } from "./import-counts";
import { TwoStepImportForm } from "./two-step-import-form";

/**
 * Upload of an official unit list: what it covers (the whole country or named provinces), then the
 * preview of the units opened, closed, renamed, moved, and the confirmation (typed for a large change).
 */
export function UnitListImportForm({ locale, t }: { locale: Locale; t: Messages["units"] }) {
  const text = t.import;
  return (
    <TwoStepImportForm<UnitListPreview>
      id="unit-list"
      action={importUnitList}
      fileLabel={text.file}
      month={{ name: "validFrom", label: text.validFrom, hint: text.validFromHint, defaultValue: "" }}
      locale={locale}
      t={t}
      extraFields={(errors) => <CoverageFields errors={errors} t={text} />}
      typedConfirmation={(preview) =>
        preview.warning
          ? {
              expected: String(preview.warning.affected),
              note: <p className="font-semibold text-behind">{text.warningTitle}</p>,
            }
          : null
      }
      renderPreview={(preview) => <UnitListPreviewView preview={preview} locale={locale} t={text} />}
    />
  );
}

function CoverageFields({ errors, t }: { errors: FieldErrors; t: Messages["units"]["import"] }) {
  const coverageErrors = errors.coverage ?? [];
  return (
    <>
      <fieldset className="space-y-1" aria-describedby="field-unit-list-coverage-error">
        <legend className="text-sm font-medium text-slate-800">{t.coverage}</legend>
        {(["country", "provinces"] as const).map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="coverage"
              value={value}
              required
              className="mt-1"
              aria-invalid={coverageErrors.length > 0 || undefined}
            />
            {value === "country" ? t.coverageCountry : t.coverageProvinces}
          </label>
        ))}
        <div id="field-unit-list-coverage-error" aria-live="polite" className="text-sm text-behind">
          {coverageErrors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      </fieldset>
      <FormField name="unit-list-provinces" label={t.provinces} hint={t.provincesHint} errors={errors.provinces}>
        <input
          name="provinces"
          type="text"
          autoComplete="off"
          placeholder="24, 96"
          className={`${inputClass} max-w-64`}
        />
      </FormField>
    </>
  );
}

function UnitListPreviewView({
  preview,
  locale,
  t,
}: {
  preview: UnitListPreview;
  locale: Locale;
  t: Messages["units"]["import"];
}) {
  const { counts, examples } = preview;
  const groups = [
    { label: t.opened, count: counts.opened, items: examples.opened },
    { label: t.closed, count: counts.closed, items: examples.closed },
    { label: t.renamed, count: counts.renamed, items: examples.renamed },
    { label: t.moved, count: counts.moved, items: examples.moved },
  ].filter((group) => group.count > 0);
  return (
    <div className="space-y-3">
      <PreviewHeading
        title={t.previewTitle}
        file={preview.fileName}
        read={fill(t.rowsRead, { rows: formatCount(preview.rows, locale) })}
      />
      <p className="text-sm text-slate-700" data-testid="list-coverage">
        {coverageText(preview.coverage, t)}
      </p>
      {preview.warning && <ChangeWarning warning={preview.warning} locale={locale} t={t} />}
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
              // Codes and names from the file (a rename or a move shown with "→"): the list's own data.
              <li key={item} {...entered("unit")}>
                {item}
              </li>
            ))}
            {group.count > group.items.length && (
              <li className="list-none text-slate-500">
                {fill(t.andMore, { count: formatCount(group.count - group.items.length, locale) })}
              </li>
            )}
          </ul>
        </details>
      ))}
    </div>
  );
}

function coverageText(coverage: ListCoverage, t: Messages["units"]["import"]): string {
  return coverage.kind === "country"
    ? t.coverageOfCountry
    : fill(t.coverageOfProvinces, { codes: coverage.codes.join(", ") });
}

/** A large change, stated before anything else: the units ending or moving, and every province changed. */
function ChangeWarning({
  warning,
  locale,
  t,
}: {
  warning: ListChangeWarning;
  locale: Locale;
  t: Messages["units"]["import"];
}) {
  const change = {
    closed: t.provinceClosed,
    removed: t.provinceRemoved,
    moved: t.provinceMoved,
    renamed: t.provinceRenamed,
  };
  return (
    <div
      role="alert"
      className="space-y-1 rounded-md border-2 border-behind/60 bg-red-50 px-3 py-2 text-sm text-slate-900"
      data-testid="list-change-warning"
    >
      <p className="font-semibold text-behind">{t.warningTitle}</p>
      {warning.ending > 0 && <p>{fill(t.warningEnding, { count: formatCount(warning.ending, locale) })}</p>}
      {warning.moved > 0 && <p>{fill(t.warningMoved, { count: formatCount(warning.moved, locale) })}</p>}
      {warning.provinces.length > 0 && (
        <>
          <p>{fill(t.warningProvinces, { count: formatCount(warning.provinces.length, locale) })}</p>
          <ul className="list-disc pl-6">
            {warning.provinces.map((province) => (
              <li key={`${province.code}-${province.change}`}>
                {province.code} <Entered kind="unit">{province.name}</Entered>:{" "}
                {fillNodes(change[province.change], {
                  name: <Entered kind="unit">{province.newName ?? ""}</Entered>,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
