// The allocation form's helper (./allocation-form.tsx): split a total in proportion to the
// children's population (or the group's eligible people), give every child the parent's rate,
// compute each number from its rate, or clear the table.
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:opacity-50";

export function AllocationHelper({
  total,
  onTotal,
  totalValid,
  canSplit,
  basis,
  parentRate,
  split,
  sameRate,
  countFromRate,
  clear,
  t,
}: {
  /** The total to split, as typed. */
  total: string;
  onTotal: (total: string) => void;
  totalValid: boolean;
  canSplit: boolean;
  basis: "population" | "eligible";
  /** The parent's target rate as an input writes it, or null without one. */
  parentRate: string | null;
  split: () => void;
  sameRate: () => void;
  countFromRate: () => void;
  clear: () => void;
  t: Messages["plans"]["allocation"];
}) {
  const basisLabel = basis === "eligible" ? t.eligible : t.population;
  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-labelledby="allocation-helper"
    >
      <h2 id="allocation-helper" className="text-base font-semibold text-slate-900">
        {t.helperTitle}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t.total}</span>
          <input
            value={total}
            onChange={(event) => onTotal(event.target.value)}
            inputMode="numeric"
            aria-invalid={!totalValid || undefined}
            className="w-40 rounded-md border border-slate-300 px-3 py-2 text-right tabular-nums aria-[invalid=true]:border-behind"
          />
        </label>
        <button type="button" onClick={split} disabled={!canSplit} className={button}>
          {basis === "eligible" ? t.splitByEligible : t.splitByPopulation}
        </button>
        {parentRate !== null && (
          <button type="button" onClick={sameRate} className={button}>
            {fill(t.sameRate, { rate: parentRate })}
          </button>
        )}
        <button type="button" onClick={countFromRate} className={button}>
          {fill(t.countFromRate, { basis: basisLabel.toLowerCase() })}
        </button>
        <button type="button" onClick={clear} className={button}>
          {t.clear}
        </button>
      </div>
      <p className="text-sm text-slate-500">{t.helperHint}</p>
    </section>
  );
}
