import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";

/** The heading of an import preview: the file's name and how many rows (or shapes) were read. */
export function PreviewHeading({ title, file, read }: { title: string; file: string; read: string }) {
  return (
    <h3 className="font-semibold text-slate-900">
      {fill(title, { file })} <span className="font-normal text-slate-500">· {read}</span>
    </h3>
  );
}

/** A row of labelled counts of an import preview. */
export function ImportCounts({
  items,
  locale,
}: {
  items: { label: string; value: number; testId?: string }[];
  locale: Locale;
}) {
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {items.map(({ label, value, testId }) => (
        <div key={label} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2" data-testid={testId}>
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900">{formatCount(value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
