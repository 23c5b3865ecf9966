// The top of a plan's page: the document (number, title, issuer and date, scope unit, period), its
// status, its targets, and what the reader may do with it.
import Link from "next/link";

import { Entered } from "@/components/ui/entered";
import { currentMonth } from "@/lib/clock";
import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth } from "@/lib/period";
import { planStatus } from "@/lib/plans/plan-status";
import type { PlanDetail } from "@/lib/queries/get-plan";
import { planHref } from "@/lib/routes";

import { PlanStatusBadge } from "./plan-status-badge";
import { PlanTargetsTable } from "./plan-targets-table";
import { PrintButton } from "./print-button";

const actionLink =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

export function PlanHeader({
  plan,
  canManage,
  locale,
  t,
}: {
  plan: PlanDetail;
  canManage: boolean;
  locale: Locale;
  t: Messages;
}) {
  const v = t.plans.view;
  const status = planStatus(plan, currentMonth());
  // The issuer is data, marked inside the sentence ("Issued by {issuer} on {date}").
  const [issuedBefore = "", issuedAfter = ""] = v.issued.split("{issuer}");
  return (
    <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:border-0 print:p-0 print:shadow-none">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2 text-base font-semibold text-brand-700">
            <Entered kind="plan">{plan.number}</Entered> <PlanStatusBadge status={status} t={t} />
          </p>
          <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl lg:text-3xl">
            <Entered kind="plan">{plan.title}</Entered>
          </h1>
          <p className="text-base text-slate-600">
            {issuedBefore}
            <Entered kind="plan">{plan.issuer}</Entered>
            {fill(issuedAfter, { date: formatDate(plan.issuedOn, locale) })} · {v.scope}:{" "}
            <Entered kind="unit">{plan.scopeUnit.name}</Entered> · {v.period}:{" "}
            {formatMonth(dateToMonth(plan.periodStart), locale)} – {formatMonth(dateToMonth(plan.periodEnd), locale)}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {canManage && !plan.archivedAt && (
            <>
              <Link href={planHref(plan.id, {}, "edit")} className={actionLink}>
                {v.edit}
              </Link>
              <Link href={planHref(plan.id, {}, "allocate")} className={actionLink}>
                {v.allocate}
              </Link>
            </>
          )}
          {canManage && plan.archivedAt && (
            <Link href={planHref(plan.id, {}, "edit")} className={actionLink}>
              {t.plans.archive.restore}
            </Link>
          )}
          <PrintButton label={v.print} />
        </div>
      </div>
      {plan.archivedAt && <p className="rounded-md bg-amber-50 px-3 py-2 text-near">{v.archivedNote}</p>}
      <PlanTargetsTable plan={plan} locale={locale} t={t} />
      {plan.notes && (
        <p className="text-sm text-slate-600">
          <span className="font-medium">{v.notes}:</span> <Entered kind="plan">{plan.notes}</Entered>
        </p>
      )}
    </header>
  );
}
