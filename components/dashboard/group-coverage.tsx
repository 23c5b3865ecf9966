import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { withGroupNames } from "@/lib/i18n/reference-texts";
import type { Month } from "@/lib/period";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";

import { GroupCoverageChart } from "./group-coverage-chart";

export async function GroupCoverage({
  unitId,
  month,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: {
  unitId: number;
  month: Month;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (figures carried from predecessors); null: the month's structure. */
  structureMonth?: Month | null;
  /** Which reports count (lib/coverage/counting-rule.ts). */
  basis?: CountingBasis;
}) {
  const [summary, candidates] = await Promise.all([
    getCoverageSummary(unitId, month, structureMonth, basis),
    getUnitTargetCandidates(unitId),
  ]);
  const rows = summary.groups.map((stored) => {
    const group = withGroupNames(stored, locale);
    const target = applicableTarget(candidates, unitId, group.groupId, month);
    return { group, progress: progressAgainstTarget(group.insured, group.eligible, target) };
  });
  const percent = (rate: number | null) => formatPercent(rate, locale);
  return (
    <Card title={t.groups.title} description={t.groups.description}>
      <GroupCoverageChart
        locale={locale}
        labels={{ actual: t.groups.actual, target: t.groups.target, showData: t.table.showData }}
        bars={rows.map(({ group, progress }) => ({
          label: `${t.groups.group} ${group.code}`,
          actual: progress.rate === null ? null : progress.rate * 100,
          target: progress.targetBp === null ? null : progress.targetBp / 100,
          points: progress.points,
          status: progress.status,
        }))}
        table={{
          caption: t.groups.title,
          columns: [
            t.groups.group,
            t.groups.insured,
            t.groups.eligible,
            t.groups.actual,
            t.groups.target,
            t.groups.points,
            t.groups.gap,
            t.groups.uninsured,
          ],
          rows: rows.map(({ group, progress }) => [
            `${group.code}. ${group.shortName}`,
            formatCount(group.insured, locale),
            formatCount(group.eligible, locale),
            percent(progress.rate),
            progress.targetBp === null ? "–" : percent(basisPointsToRate(progress.targetBp)),
            progress.points === null ? "–" : formatPoints(progress.points, locale),
            progress.gap === null ? "–" : formatCount(progress.gap, locale),
            formatCount(notYetInsured(group.insured, group.eligible), locale),
          ]),
        }}
      />
      <p className="mt-2 text-xs text-slate-600">{t.groups.uninsuredNote}</p>
      <ul className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-xs text-slate-600 sm:grid-cols-2">
        {rows.map(({ group }) => (
          <li key={group.groupId}>
            <span className="font-medium">
              {t.groups.group} {group.code}:
            </span>{" "}
            {group.name}
          </li>
        ))}
      </ul>
    </Card>
  );
}
