// The lists a leader acts on, over the base units (communes, wards…) below the unit viewed: the ones
// with most people still to enroll and furthest below target, the communes below the New Rural Area
// threshold, and the units at 100%.
import { Card } from "@/components/ui/card";
import { Entered } from "@/components/ui/entered";
import { basisPointsToRate, coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { thresholdTexts } from "@/lib/i18n/reference-texts";
import { getAttentionLists } from "@/lib/queries/get-plan-progress";

import type { PlanWidgetProps } from "./plan-widget";

/** How many units each list names before "and N more". */
const LIST_LENGTH = 10;

function UnitList({
  items,
  empty,
  more,
  testId,
}: {
  items: { id: number; name: string; place: string | null; value: string; detail?: string }[];
  empty: string;
  more: string | null;
  testId: string;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <>
      <ol className="divide-y divide-slate-100 text-base" data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} className="flex items-baseline justify-between gap-3 py-1.5">
            <span>
              <Entered kind="unit">{item.name}</Entered>
              {item.place && (
                <Entered kind="unit">
                  <span className="block text-sm text-slate-500">{item.place}</span>
                </Entered>
              )}
            </span>
            <span className="text-right tabular-nums">
              <span className="font-semibold">{item.value}</span>
              {item.detail && <span className="block text-sm text-slate-500">{item.detail}</span>}
            </span>
          </li>
        ))}
      </ol>
      {more && <p className="mt-1 text-sm text-slate-500">{more}</p>}
    </>
  );
}

export async function PlanLists({ plan, unit, month, locale, t }: PlanWidgetProps) {
  const lists = await getAttentionLists(plan.id, unit.id, month);
  if (!lists) return null;
  const v = t.plans.view;
  const n = (value: number) => formatCount(value, locale);
  const { byGap, byPoints, threshold, belowRural } = lists;
  const full = [...lists.full].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const moreText = (total: number) => (total > LIST_LENGTH ? fill(v.more, { count: n(total - LIST_LENGTH) }) : null);

  return (
    <section className="space-y-3 break-before-page" aria-labelledby="plan-lists-title">
      <h2 id="plan-lists-title" className="text-xl font-semibold text-slate-900">
        {v.listsTitle}
      </h2>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 print:grid-cols-2">
        <Card
          title={v.behindByGap}
          description={fill(v.listCount, { count: n(byGap.length) })}
          className="break-inside-avoid print:shadow-none"
        >
          <UnitList
            testId="list-behind-gap"
            empty={v.noneBehind}
            more={moreText(byGap.length)}
            items={byGap.slice(0, LIST_LENGTH).map(({ unit: base, standing }) => ({
              id: base.id,
              name: base.name,
              place: base.parentName,
              value: n(standing.progress.gap ?? 0),
              detail: formatPercent(standing.progress.rate, locale),
            }))}
          />
        </Card>
        <Card
          title={v.behindByPoints}
          description={fill(v.listCount, { count: n(byGap.length) })}
          className="break-inside-avoid print:shadow-none"
        >
          <UnitList
            testId="list-behind-points"
            empty={v.noneBehind}
            more={moreText(byPoints.length)}
            items={byPoints.slice(0, LIST_LENGTH).map(({ unit: base, standing }) => ({
              id: base.id,
              name: base.name,
              place: base.parentName,
              value:
                standing.progress.points === null
                  ? "–"
                  : `${formatPoints(standing.progress.points, locale)} ${v.pointsUnit}`,
              detail: formatPercent(standing.progress.rate, locale),
            }))}
          />
        </Card>
        <Card
          title={
            threshold
              ? fill(v.belowRural, { rate: formatPercent(basisPointsToRate(threshold.rateBp), locale) })
              : fill(v.belowRural, { rate: "–" })
          }
          description={
            threshold
              ? `${fill(v.listCount, { count: n(belowRural.length) })} · ${fill(v.belowRuralHint, { basis: thresholdTexts(threshold, locale).legalBasis })}`
              : undefined
          }
          className="break-inside-avoid print:shadow-none"
        >
          {threshold ? (
            <UnitList
              testId="list-below-rural"
              empty={v.belowRuralNone}
              more={moreText(belowRural.length)}
              items={belowRural.slice(0, LIST_LENGTH).map(({ unit: base, rate, needed }) => ({
                id: base.id,
                name: base.name,
                place: base.parentName,
                value: formatPercent(rate, locale),
                detail: fill(v.ruralNeeded, { count: n(needed) }),
              }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{v.noRuralThreshold}</p>
          )}
        </Card>
        <Card
          title={v.fullCoverage}
          description={fill(v.listCount, { count: n(full.length) })}
          className="break-inside-avoid print:shadow-none"
        >
          <UnitList
            testId="list-full"
            empty={v.fullCoverageNone}
            more={moreText(full.length)}
            items={full.slice(0, LIST_LENGTH).map((base) => ({
              id: base.id,
              name: base.name,
              place: base.parentName,
              value: formatPercent(coverageRate(base.insured, base.population), locale),
            }))}
          />
        </Card>
      </div>
    </section>
  );
}
