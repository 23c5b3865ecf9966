import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";

import { AllocationForm } from "@/components/plans/allocation-form";
import { targetText } from "@/components/plans/target-text";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { requirePermission } from "@/lib/auth/current-user";
import { coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";
import { getI18n } from "@/lib/i18n/server";
import { monthEndDate } from "@/lib/period";
import { canManagePlan } from "@/lib/plans/plan-access";
import { getAllocationView } from "@/lib/queries/get-allocation-view";
import { getPlan } from "@/lib/queries/get-plan";
import { planHref } from "@/lib/routes";
import { parseId, parseUnitCode } from "@/lib/validation/ids";
import { parseMonthInput, rateInputValue } from "@/lib/validation/plan-values";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ unit?: string; milestone?: string; row?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.plans.allocation.title };
}

export default async function AllocatePage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }, user] = await Promise.all([
    params,
    searchParams,
    getI18n(),
    requirePermission("plan:manage"),
  ]);
  const plan = await getPlan(parseId(id) ?? 0);
  if (!plan || !(await canManagePlan(user, plan.scopeUnitId))) notFound();
  const a = t.plans.allocation;
  const groupId = parseId(query.row);
  const view = await getAllocationView(plan, {
    unit: parseUnitCode(query.unit),
    milestone: parseMonthInput(query.milestone),
    groupId,
  });
  if (view.kind === "outsidePlan") notFound();
  if (view.kind === "redirect") {
    const { milestone, row } = query;
    redirect(
      planHref(plan.id, { unit: view.unitCode, ...(milestone && { milestone }), ...(row && { row }) }, "allocate"),
    );
  }

  const header = (
    <>
      <Link href={planHref(plan.id)} className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.plans.form.backToPlan}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{a.title}</h1>
        <p className="text-sm text-slate-500">
          {fillNodes(a.description, {
            plan: (
              <Entered kind="plan">
                {plan.number} – {plan.title}
              </Entered>
            ),
            unit: <Entered kind="unit">{view.kind === "frame" ? view.frame.parent.name : plan.scopeUnit.name}</Entered>,
          })}
        </p>
      </div>
    </>
  );
  if (plan.archivedAt || view.kind !== "frame") {
    return (
      <div className="space-y-4">
        {header}
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-near">
          {plan.archivedAt ? t.plans.form.archivedReadOnly : a.milestoneUnknown}
        </p>
      </div>
    );
  }

  const { frame } = view;
  const dueOn = monthEndDate(frame.milestone);
  const rowChoices = view.parentTargets.map((target) => ({
    value: target.groupId === null ? "all" : String(target.groupId),
    label: target.group
      ? `${fill(t.plans.group, { code: target.group.code })}: ${groupNames(target.group, locale).shortName}`
      : t.plans.overall,
  }));
  const separator = locale === "vi" ? "," : ".";
  const rows = view.children.map((child) => ({
    id: child.id,
    name: child.name,
    weight: child.weight,
    currentRate: coverageRate(child.reached, child.weight),
    rate: child.saved ? rateInputValue(child.saved.rateBp, separator) : "",
    count: child.saved?.assignedCount == null ? "" : String(child.saved.assignedCount),
    agency: child.saved?.responsibleAgency ?? "",
    furtherHref: child.saved
      ? planHref(
          plan.id,
          { unit: child.code, milestone: frame.milestone, row: groupId === null ? "all" : String(groupId) },
          "allocate",
        )
      : null,
  }));
  const row = groupId === null ? "all" : String(groupId);
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

  return (
    <div className="space-y-4">
      {header}
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="unit" value={frame.parent.code} />
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{a.milestone}</span>
          <select name="milestone" defaultValue={frame.milestone} className={select}>
            {frame.milestones.map((month) => (
              <option key={month} value={month}>
                {formatMonth(month, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{a.row}</span>
          <select name="row" defaultValue={row} className={select}>
            {(rowChoices.length > 0 ? rowChoices : [{ value: "all", label: t.plans.overall }]).map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {a.show}
        </button>
      </form>
      {frame.parentTarget ? (
        <div
          className="space-y-1 rounded-lg border border-brand-100 bg-brand-50 p-3 text-slate-800"
          data-testid="allocation-parent"
        >
          <p className="font-medium">
            {fillNodes(a.parentTarget, {
              unit: <Entered kind="unit">{frame.parent.name}</Entered>,
              due: formatDate(dueOn, locale),
              target: targetText(frame.parentTarget, locale, t),
            })}
            {" · "}
            {frame.parentTarget.assignedCount === null
              ? a.parentNoCount
              : fill(a.parentCount, { count: formatCount(frame.parentTarget.assignedCount, locale) })}
          </p>
          <p className="text-sm text-slate-600">
            {fill(a.reference, { month: formatMonth(frame.referenceMonth, locale) })}
          </p>
        </div>
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-near">
          {fillNodes(a.noParentTarget, { unit: <Entered kind="unit">{frame.parent.name}</Entered> })}
        </p>
      )}
      {frame.parentTarget &&
        (rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            {fillNodes(a.noChildren, {
              unit: <Entered kind="unit">{frame.parent.name}</Entered>,
              month: formatMonth(frame.referenceMonth, locale),
            })}
          </p>
        ) : (
          <AllocationForm
            key={`${frame.parent.id}-${frame.milestone}-${row}`}
            planId={plan.id}
            version={plan.version}
            parentUnitId={frame.parent.id}
            milestone={frame.milestone}
            row={row}
            parentRateBp={frame.parentTarget.rateBp}
            parentCount={frame.parentTarget.assignedCount}
            basis={groupId === null ? "population" : "eligible"}
            rows={rows}
            locale={locale}
            t={a}
          />
        ))}
    </div>
  );
}
