// The two kinds of section of the report form: the commune's general figures (with the button that
// copies last month's slowly changing figures) and one participant group's four figures. Each lays out
// its fields, the warnings on them with their reasons, and the rates computed live.
import type { ReactNode } from "react";

import { RateLine } from "./rate-line";

type ShownRate = { label: string; rate: string; previous: string | null; testId: string };

export function GeneralSection({
  title,
  copy,
  fields,
  warnings,
  rates,
}: {
  title: string;
  /** The copy-last-month button, when there is something to copy. */
  copy: { label: string; onCopy: () => void } | null;
  fields: ReactNode[];
  warnings: ReactNode[];
  rates: ShownRate[];
}) {
  return (
    <section aria-labelledby="entry-general" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="entry-general" className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {copy && (
          <button
            type="button"
            onClick={copy.onCopy}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-left text-sm text-brand-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            {copy.label}
          </button>
        )}
      </div>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-3">{fields}</div>
      <Warnings>{warnings}</Warnings>
      <div className="mt-3 space-y-2">
        {rates.map((rate) => (
          <RateLine key={rate.testId} {...rate} />
        ))}
      </div>
    </section>
  );
}

export function GroupSection({
  code,
  title,
  name,
  fields,
  warnings,
  rate,
}: {
  code: string;
  title: string;
  /** The group's full name, under its title. */
  name: string;
  fields: ReactNode[];
  warnings: ReactNode[];
  rate: ShownRate;
}) {
  const headingId = `entry-group-${code}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={`group-${code}`}
    >
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <p className="text-xs text-slate-500">{name}</p>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{fields}</div>
      <Warnings>{warnings}</Warnings>
      <div className="mt-3">
        <RateLine {...rate} />
      </div>
    </section>
  );
}

function Warnings({ children }: { children: ReactNode[] }) {
  return children.length > 0 ? <div className="mt-3 grid grid-cols-1 gap-3 lg:grid-cols-2">{children}</div> : null;
}
