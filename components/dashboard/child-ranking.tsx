import { Card } from "@/components/ui/card";
import { basisParams } from "@/lib/coverage/counting-rule";
import type { RankingView } from "@/lib/coverage/ranking";
import { withKnownGroup } from "@/lib/dashboard/ranking-options";
import { viewParams } from "@/lib/dashboard/structure-view";
import { groupNames } from "@/lib/i18n/reference-texts";
import { getChildRanking } from "@/lib/queries/get-child-ranking";

import type { FigureWidgetProps } from "./figure-widget-props";
import { RankingTable } from "./ranking-table";

/** The ranking's anchor on the page (the tile map links to it as its table). */
export const RANKING_ANCHOR = "child-ranking";

/**
 * Child units ranked by coverage rate, a group's rate, people still to enroll, people not yet insured
 * or change since last month or the same month last year, with status counts that filter, a name search and the download of what is shown
 * (./ranking-table.tsx). A unit none of whose base units has a counted report reads "chưa báo cáo"
 * instead of zeros, has no rank and follows the others (lib/coverage/ranking.ts). A unit whose
 * base units reported in part is marked provisional beside its reporting count.
 */
export async function ChildRanking({
  unitId,
  unitCode,
  month,
  ranking,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps & {
  unitCode: string;
  /** The options in the URL the page was loaded with; the table changes them in the browser. */
  ranking: RankingView;
}) {
  const { groups, rows } = await getChildRanking(unitId, month, structureMonth, basis);
  if (rows.length === 0) return null;
  return (
    <Card id={RANKING_ANCHOR} title={t.ranking.title} description={t.ranking.description}>
      <RankingTable
        rows={rows}
        groups={groups.map((group) => ({ code: group.code, name: groupNames(group, locale).shortName }))}
        initial={withKnownGroup(
          ranking,
          groups.map((group) => group.code),
        )}
        unitCode={unitCode}
        month={month}
        basis={basis}
        linkParams={{ ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) }}
        locale={locale}
        t={{ ranking: t.ranking, status: t.status, comparison: t.comparison }}
      />
    </Card>
  );
}
