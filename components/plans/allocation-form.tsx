"use client";

// The allocation table: one row per child unit with its figures and the rate and/or number of people
// assigned to it, and a helper that fills the numbers by splitting a total in proportion to the
// children's population (or eligible people of the group), rounded so that they add up exactly
// (lib/coverage/allocation.ts). Input names follow lib/validation/allocation-form.ts.
import Link from "next/link";
import { useActionState, useState } from "react";

import { entered } from "@/components/ui/entered";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { allocatePlan } from "@/lib/actions/plans";
import { allocateByShare } from "@/lib/coverage/allocation";
import { requiredInsured } from "@/lib/coverage/rates";
import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { parseAssignedCount, parseRatePercent, rateInputValue } from "@/lib/validation/plan-values";

import { AllocationHelper } from "./allocation-helper";
import { TableInput } from "./table-input";
import { useRefreshOnSuccess } from "./use-refresh-on-success";

export type AllocationRowView = {
  id: number;
  name: string;
  /** Population, or eligible people of the group: the weight of the split. */
  weight: number;
  currentRate: number | null;
  rate: string;
  count: string;
  agency: string;
  /** The allocation page of this child, when it has a saved target to split further. */
  furtherHref: string | null;
};

type Values = Record<number, { rate: string; count: string }>;

export function AllocationForm({
  planId,
  version,
  parentUnitId,
  milestone,
  row,
  parentRateBp,
  parentCount,
  basis,
  rows,
  locale,
  t,
}: {
  planId: number;
  version: number;
  parentUnitId: number;
  milestone: string;
  row: string;
  parentRateBp: number | null;
  parentCount: number | null;
  /** What the split is weighted by: population (overall targets) or the group's eligible people. */
  basis: "population" | "eligible";
  rows: AllocationRowView[];
  locale: Locale;
  t: Messages["plans"]["allocation"];
}) {
  const [state, action] = useActionState(allocatePlan, INITIAL_ACTION_RESULT);
  useRefreshOnSuccess(state);
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(rows.map((r) => [r.id, { rate: r.rate, count: r.count }])),
  );
  const [total, setTotal] = useState(parentCount === null ? "" : String(parentCount));
  const separator = locale === "vi" ? "," : ".";
  const n = (value: number) => formatCount(value, locale);
  const basisLabel = basis === "eligible" ? t.eligible : t.population;

  const totalValue = parseAssignedCount(total);
  const counts = rows.map((r) => parseAssignedCount(values[r.id]?.count));
  const sum = counts.reduce<number>((acc, count) => acc + (typeof count === "number" ? count : 0), 0);
  const compareTo = typeof totalValue === "number" ? totalValue : parentCount;

  const update = (change: (r: AllocationRowView, index: number) => Partial<{ rate: string; count: string }>) =>
    setValues((current) =>
      Object.fromEntries(rows.map((r, index) => [r.id, { ...current[r.id]!, ...change(r, index) }])),
    );
  const split = () => {
    if (typeof totalValue !== "number") return;
    const shares = allocateByShare(
      totalValue,
      rows.map((r) => r.weight),
    );
    update((_, index) => ({ count: String(shares[index]) }));
  };
  const sameRate = () => update(() => ({ rate: rateInputValue(parentRateBp, separator) }));
  const countFromRate = () =>
    update((r) => {
      const bp = parseRatePercent(values[r.id]?.rate);
      return typeof bp === "number" ? { count: String(requiredInsured(bp, r.weight)) } : {};
    });

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="parentUnitId" value={parentUnitId} />
      <input type="hidden" name="milestone" value={milestone} />
      <input type="hidden" name="row" value={row} />

      <AllocationHelper
        total={total}
        onTotal={setTotal}
        totalValid={totalValue !== "invalid"}
        canSplit={typeof totalValue === "number"}
        basis={basis}
        parentRate={parentRateBp === null ? null : rateInputValue(parentRateBp, separator)}
        split={split}
        sameRate={sameRate}
        countFromRate={countFromRate}
        clear={() => update(() => ({ rate: "", count: "" }))}
        t={t}
      />

      {/* relative: the screen-reader-only heading is positioned, and must scroll with the table, not widen the page. */}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm" data-testid="allocation-table">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t.unit}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {basisLabel}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t.currentRate}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t.rate}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t.count}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t.agency}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                <span className="sr-only">{t.allocateFurther}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const name = `unit.${r.id}`;
              const value = values[r.id] ?? { rate: "", count: "" };
              return (
                <tr key={r.id} className="align-top">
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800" {...entered("unit")}>
                    {r.name}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{n(r.weight)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(r.currentRate, locale)}</td>
                  <td className="px-3 py-1">
                    <TableInput
                      name={`${name}.rate`}
                      label={fill(t.rateFor, { unit: r.name })}
                      value={value.rate}
                      onChange={(rate) => setValues((current) => ({ ...current, [r.id]: { ...value, rate } }))}
                      errors={state.fieldErrors[`${name}.rate`]}
                      className="w-24"
                      inputMode="decimal"
                    />
                  </td>
                  <td className="px-3 py-1">
                    <TableInput
                      name={`${name}.count`}
                      label={fill(t.countFor, { unit: r.name })}
                      value={value.count}
                      onChange={(count) => setValues((current) => ({ ...current, [r.id]: { ...value, count } }))}
                      errors={state.fieldErrors[`${name}.count`]}
                      className="w-32"
                      inputMode="numeric"
                    />
                  </td>
                  <td className="px-3 py-1">
                    <TableInput
                      name={`${name}.agency`}
                      label={fill(t.agencyFor, { unit: r.name })}
                      defaultValue={state.values?.[`${name}.agency`] ?? r.agency}
                      errors={state.fieldErrors[`${name}.agency`]}
                      inputMode="text"
                      className="w-56"
                    />
                  </td>
                  <td className="px-3 py-2">
                    {r.furtherHref && (
                      <Link href={r.furtherHref} className="whitespace-nowrap text-brand-700 hover:underline">
                        {t.allocateFurther} →
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot className="border-t border-slate-200 bg-slate-50">
            <tr>
              <th scope="row" colSpan={4} className="px-3 py-2 text-right font-medium text-slate-700">
                {t.sum}
              </th>
              <td className="px-3 py-2 text-right font-semibold tabular-nums" data-testid="allocation-sum">
                {compareTo === null ? n(sum) : fill(t.sumOf, { sum: n(sum), total: n(compareTo) })}
              </td>
              <td colSpan={2} className="px-3 py-2 text-sm" aria-live="polite">
                {compareTo !== null &&
                  (sum === compareTo ? (
                    <span className="text-met">{t.sumMatches}</span>
                  ) : (
                    <span className="text-near">{fill(t.sumDiffers, { diff: n(Math.abs(sum - compareTo)) })}</span>
                  ))}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
