import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AllocationForm } from "@/components/plans/allocation-form";
import { targetText } from "@/components/plans/target-text";
import { requirePermission } from "@/lib/auth/current-user";
import { coverageRate } from "@/lib/coverage/rates";
import { db } from "@/lib/db";
import { formatCount, formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";
import { getI18n } from "@/lib/i18n/server";
import { monthEndDate } from "@/lib/period";
import { getAllocationFrame } from "@/lib/plans/allocation-frame";
import { canManagePlan } from "@/lib/plans/plan-access";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getChildGroupCoverage } from "@/lib/queries/get-child-group-coverage";
import { getPlan } from "@/lib/queries/get-plan";
import { planHref } from "@/lib/routes";
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
  const plan = await getPlan(/^\d{1,9}$/.test(id) ? Number(id) : 0);
  if (!plan || !(await canManagePlan(user, plan.scopeUnitId))) notFound();
  const a = t.plans.allocation;
  const parentUnitId = /^\d{1,9}$/.test(query.unit ?? "") ? Number(query.unit) : plan.scopeUnitId;
  const groupId = /^\d{1,9}$/.test(query.row ?? "") ? Number(query.row) : null;
  const requested = parseMonthInput(query.milestone);
  let frame = await getAllocationFrame(db, plan, { parentUnitId, milestone: requested, groupId });
  if (frame === "milestoneUnknown" && requested)
    frame = await getAllocationFrame(db, plan, { parentUnitId, milestone: null, groupId });
  if (frame === "outsidePlan") notFound();

  const header = (
    <>
      <Link href={planHref(plan.id)} className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.plans.form.backToPlan}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{a.title}</h1>
        <p className="text-sm text-slate-500">
          {fill(a.description, {
            plan: `${plan.number} – ${plan.title}`,
            unit: frame === "milestoneUnknown" ? plan.scopeUnit.name : frame.parent.name,
          })}
        </p>
      </div>
    </>
  );
  if (plan.archivedAt || frame === "milestoneUnknown") {
    return (
      <div className="space-y-4">
        {header}
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-near">
          {plan.archivedAt ? t.plans.form.archivedReadOnly : a.milestoneUnknown}
        </p>
      </div>
    );
  }

  const dueOn = monthEndDate(frame.milestone);
  const parentRows = plan.targets.filter(
    (target) => target.unitId === frame.parent.id && target.dueOn.getTime() === dueOn.getTime(),
  );
  const rowChoices = parentRows.map((target) => ({
    value: target.groupId === null ? "all" : String(target.groupId),
    label: target.group
      ? `${fill(t.plans.group, { code: target.group.code })}: ${groupNames(target.group, locale).shortName}`
      : t.plans.overall,
  }));
  const [children, groupFigures] = await Promise.all([
    getChildCoverage(frame.parent.id, frame.referenceMonth),
    groupId === null ? Promise.resolve([]) : getChildGroupCoverage(frame.parent.id, frame.referenceMonth),
  ]);
  const figures = new Map(children.map((child) => [child.id, child]));
  const groupOf = new Map(groupFigures.filter((row) => row.groupId === groupId).map((row) => [row.childId, row]));
  const saved = new Map(
    plan.targets
      .filter(
        (target) =>
          target.dueOn.getTime() === dueOn.getTime() &&
          target.groupId === groupId &&
          target.unit.parentId === frame.parent.id,
      )
      .map((target) => [target.unitId, target]),
  );
  const separator = locale === "vi" ? "," : ".";
  const rows = frame.children.map((child) => {
    const own = saved.get(child.id);
    const weight = groupId === null ? (figures.get(child.id)?.population ?? 0) : (groupOf.get(child.id)?.eligible ?? 0);
    const reached = groupId === null ? (figures.get(child.id)?.insured ?? 0) : (groupOf.get(child.id)?.insured ?? 0);
    return {
      id: child.id,
      name: child.name,
      weight,
      currentRate: coverageRate(reached, weight),
      rate: own ? rateInputValue(own.rateBp, separator) : "",
      count: own?.assignedCount == null ? "" : String(own.assignedCount),
      agency: own?.responsibleAgency ?? "",
      furtherHref: own
        ? planHref(
            plan.id,
            { unit: String(child.id), milestone: frame.milestone, row: groupId === null ? "all" : String(groupId) },
            "allocate",
          )
        : null,
    };
  });
  const row = groupId === null ? "all" : String(groupId);
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

  return (
    <div className="space-y-4">
      {header}
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="unit" value={frame.parent.id} />
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
            {fill(a.parentTarget, {
              unit: frame.parent.name,
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
          {fill(a.noParentTarget, { unit: frame.parent.name })}
        </p>
      )}
      {frame.parentTarget &&
        (rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            {fill(a.noChildren, { unit: frame.parent.name, month: formatMonth(frame.referenceMonth, locale) })}
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
