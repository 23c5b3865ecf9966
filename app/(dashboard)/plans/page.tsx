import type { Metadata } from "next";
import Link from "next/link";

import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Entered } from "@/components/ui/entered";
import { requireUser } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatMonthShort, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { dateToMonth } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { PLAN_STATUSES, planStatus, type PlanStatus } from "@/lib/plans/plan-status";
import { getPlans } from "@/lib/queries/get-plans";
import { planHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.plans.list.title };
}

type StatusFilter = PlanStatus | "current" | "all";
const STATUS_FILTERS: readonly StatusFilter[] = ["current", ...PLAN_STATUSES, "all"];

type Props = { searchParams: Promise<{ scope?: string; status?: string }> };

export default async function PlansPage({ searchParams }: Props) {
  const [user, query, { locale, t }] = await Promise.all([requireUser(), searchParams, getI18n()]);
  const plans = await getPlans(user);
  const today = currentMonth();
  const status: StatusFilter = STATUS_FILTERS.find((value) => value === query.status) ?? "current";
  const scopes = [...new Map(plans.map((plan) => [plan.scopeUnitId, plan])).values()];
  const scopeId = scopes.find((plan) => String(plan.scopeUnitId) === query.scope)?.scopeUnitId ?? null;
  const rows = plans
    .map((plan) => ({ plan, status: planStatus(plan, today) }))
    .filter((row) =>
      status === "all" ? true : status === "current" ? row.status !== "archived" : row.status === status,
    )
    .filter((row) => scopeId === null || row.plan.scopeUnitId === scopeId);
  const before = t.plans.form.unitsBefore.charAt(0).toLowerCase() + t.plans.form.unitsBefore.slice(1);
  const scopeLabel = (plan: (typeof plans)[number]) => `${plan.scopeName}${plan.scopeValidTo ? ` (${before})` : ""}`;
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t.plans.list.title}</h1>
          <p className="text-sm text-slate-500">{t.plans.list.description}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* The navigation has no room for campaigns: they are reached from here and from the dashboards. */}
          <Link
            href="/campaigns"
            className="text-sm font-medium text-brand-700 hover:underline"
            data-testid="plans-to-campaigns"
          >
            {t.campaigns.list.fromPlans} →
          </Link>
          {can(user, "plan:manage") && (
            <Link href="/plans/new" className={buttonClasses("primary", "px-3 py-2 text-sm")}>
              {t.plans.list.create}
            </Link>
          )}
        </div>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t.plans.list.scope}</span>
          <select name="scope" defaultValue={scopeId ?? ""} className={`${select} max-w-[18rem]`}>
            <option value="">{t.plans.list.allScopes}</option>
            {scopes.map((plan) => (
              <option key={plan.scopeUnitId} value={plan.scopeUnitId}>
                {scopeLabel(plan)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t.plans.list.statusFilter}</span>
          <select name="status" defaultValue={status} className={select}>
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === "current"
                  ? t.plans.list.current
                  : value === "all"
                    ? t.plans.list.all
                    : t.plans.status[value]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {t.plans.list.apply}
        </button>
      </form>
      <DataTable
        columns={[
          { label: t.plans.list.number },
          { label: t.plans.list.title_ },
          { label: t.plans.list.scope },
          { label: t.plans.list.period },
          { label: t.plans.list.finalTarget, numeric: true },
          { label: t.plans.list.allocated, numeric: true },
          { label: t.plans.list.status },
        ]}
        empty={rows.length === 0}
        emptyText={t.plans.list.empty}
      >
        {rows.map(({ plan, status: rowStatus }) => (
          <tr key={plan.id} className="align-top hover:bg-brand-50/60" data-testid="plan-row">
            <td className="whitespace-nowrap px-3 py-2">
              <Link href={planHref(plan.id)} className="font-medium text-brand-700 hover:underline">
                <Entered kind="plan">{plan.number}</Entered>
              </Link>
            </td>
            <td className="min-w-[16rem] px-3 py-2">
              <Entered kind="plan">{plan.title}</Entered>
            </td>
            <td className="px-3 py-2">
              <Entered kind="unit">{plan.scopeName}</Entered>
              {plan.scopeValidTo ? ` (${before})` : ""}
            </td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">
              {formatMonthShort(dateToMonth(plan.periodStart), locale)} –{" "}
              {formatMonthShort(dateToMonth(plan.periodEnd), locale)}
            </td>
            <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
              {plan.finalRateBp === null
                ? "–"
                : `${t.plans.comparators[plan.finalComparator ?? "AT_LEAST"]} ${formatPercent(basisPointsToRate(plan.finalRateBp), locale)}`}
            </td>
            <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
              {plan.allocatedUnits > 0 ? fill(t.plans.list.allocatedUnits, { count: plan.allocatedUnits }) : "–"}
            </td>
            <td className="px-3 py-2">
              <PlanStatusBadge status={rowStatus} t={t} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
