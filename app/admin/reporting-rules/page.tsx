import type { Metadata } from "next";

import { NewReportingRuleForm, ReportingRuleForm } from "@/components/admin/reporting-rule-forms";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { lastCompleteMonth } from "@/lib/clock";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { addMonths } from "@/lib/period";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { ruleForMonth } from "@/lib/reports/review-rules";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.rules.title };
}

export default async function ReportingRulesPage() {
  const [, { locale, t }, rules] = await Promise.all([
    requirePermission("reporting-rule:manage"),
    getI18n(),
    getReportingRules(),
  ]);
  const texts = t.reports.rules;
  const inForce = ruleForMonth(rules, lastCompleteMonth());
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{texts.title}</h1>
        <p className="text-sm text-slate-600">{texts.description}</p>
        <p className="mt-1 text-sm text-near">{texts.retroactiveHint}</p>
      </div>
      <ol className="space-y-3">
        {rules.map((rule, i) => {
          const next = rules[i + 1];
          return (
            <li
              key={rule.id}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid={`rule-${rule.effectiveFrom}`}
            >
              <h2 className="mb-3 text-base font-semibold text-slate-900">
                {fill(texts.from, { month: formatMonth(rule.effectiveFrom, locale) })}{" "}
                <span className="font-normal text-slate-600">
                  {next
                    ? fill(texts.until, { month: formatMonth(addMonths(next.effectiveFrom, -1), locale) })
                    : texts.onwards}
                </span>
                {rule.id === inForce?.id && (
                  <span className="ml-2 rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-met ring-1 ring-green-600/20">
                    {texts.inForce}
                  </span>
                )}
              </h2>
              <ReportingRuleForm
                key={`${rule.id}-${rule.approverLevel}-${rule.deadlineDay}-${rule.opensDaysBeforeEnd}-${rule.remindDaysBeforeDeadline}`}
                rule={rule}
                deletable={i > 0}
                labels={texts}
              />
            </li>
          );
        })}
      </ol>
      <Card title={texts.addTitle}>
        <NewReportingRuleForm labels={texts} />
      </Card>
    </div>
  );
}
