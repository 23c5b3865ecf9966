import type { Metadata } from "next";

import { DeleteThresholdForm, ThresholdForm } from "@/components/plans/threshold-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/current-user";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatMonth, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { thresholdTexts } from "@/lib/i18n/reference-texts";
import { getI18n } from "@/lib/i18n/server";
import { dateToMonth } from "@/lib/period";
import { getRuralThresholds } from "@/lib/queries/get-rural-thresholds";
import { rateInputValue } from "@/lib/validation/plan-values";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.plans.thresholds.title };
}

export default async function ThresholdsPage() {
  const [, { locale, t }] = await Promise.all([requirePermission("threshold:manage"), getI18n()]);
  const thresholds = await getRuralThresholds();
  const th = t.plans.thresholds;
  const separator = locale === "vi" ? "," : ".";
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{th.title}</h1>
        <p className="text-sm text-slate-500">{th.description}</p>
      </div>
      <DataTable
        columns={[th.level, th.validFrom, th.validTo, th.rate, th.legalBasis, th.actions].map((label) => ({
          label,
          numeric: label === th.rate,
        }))}
        empty={thresholds.length === 0}
        emptyText={th.empty}
      >
        {thresholds.map((threshold) => {
          const from = dateToMonth(threshold.validFrom);
          const to = threshold.validTo ? dateToMonth(threshold.validTo) : null;
          const texts = thresholdTexts(threshold, locale);
          return (
            <tr key={threshold.id} className="align-top" data-testid="threshold-row">
              <td className="px-3 py-2 font-medium">{th.levels[threshold.level]}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatMonth(from, locale)}</td>
              <td className="whitespace-nowrap px-3 py-2">{to ? formatMonth(to, locale) : th.openEnded}</td>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">
                ≥ {formatPercent(basisPointsToRate(threshold.rateBp), locale)}
              </td>
              <td className="max-w-sm px-3 py-2">
                {texts.legalBasis}
                {texts.notes && <span className="block text-sm text-slate-500">{texts.notes}</span>}
              </td>
              <td className="space-y-2 px-3 py-2">
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{th.edit}</summary>
                  <div className="mt-2 w-[min(36rem,80vw)] rounded-md border border-slate-200 p-3">
                    <p className="mb-2 text-sm font-medium">
                      {fill(th.editTitle, {
                        level: th.levels[threshold.level].toLowerCase(),
                        from: formatMonth(from, locale),
                      })}
                    </p>
                    <ThresholdForm
                      t={th}
                      initial={{
                        id: threshold.id,
                        version: threshold.version,
                        level: threshold.level,
                        validFrom: from,
                        validTo: to ?? "",
                        rate: rateInputValue(threshold.rateBp, separator),
                        legalBasis: threshold.legalBasis,
                        notes: threshold.notes ?? "",
                        legalBasisEn: threshold.legalBasisEn ?? "",
                        notesEn: threshold.notesEn ?? "",
                      }}
                    />
                  </div>
                </details>
                <DeleteThresholdForm id={threshold.id} version={threshold.version} t={th} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Card title={th.add}>
        <ThresholdForm t={th} />
      </Card>
    </div>
  );
}
