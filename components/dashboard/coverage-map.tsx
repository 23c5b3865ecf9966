import { Card } from "@/components/ui/card";
import { basisParams, type CountingBasis } from "@/lib/coverage/counting-rule";
import { rankingStatus } from "@/lib/coverage/ranking";
import type { MapColouring } from "@/lib/dashboard/map-options";
import { viewParams } from "@/lib/dashboard/structure-view";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { emptyPlaces, placeTiles, shortProvinceName, tileLayoutFor } from "@/lib/map/tile-layout";
import type { Month } from "@/lib/period";
import { getChildRanking } from "@/lib/queries/get-child-ranking";
import { coverageHref } from "@/lib/routes";

import { RANKING_ANCHOR } from "./child-ranking";
import { ProvinceTileMap, type ProvinceTile } from "./province-tile-map";

/**
 * The national dashboard's tile-grid map of provinces: one square per province valid in the month
 * (from the database), in its cell of the structure's layout (lib/map/), coloured by coverage rate
 * or by standing against the target. A province without a cell is listed under the grid. The
 * figures are the ranking's (the same read), which is also the map's table.
 */
export async function CoverageMap({
  unitId,
  month,
  colouring,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: {
  unitId: number;
  month: Month;
  colouring: MapColouring;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (children of today, figures carried); null: the month's structure. */
  structureMonth?: Month | null;
  basis?: CountingBasis;
}) {
  const { rows } = await getChildRanking(unitId, month, structureMonth, basis);
  if (rows.length === 0) return null;
  const layout = tileLayoutFor(structureMonth ?? month);
  const linkParams = { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) };
  const tile = (row: (typeof rows)[number]): ProvinceTile => ({
    code: row.code,
    name: row.name,
    shortName: shortProvinceName(row.name),
    href: coverageHref(row.code, month, linkParams),
    rate: row.rate,
    insured: row.insured,
    population: row.population,
    targetBp: row.targetBp,
    status: rankingStatus(row),
    reportingUnits: row.reportingUnits,
    baseUnits: row.baseUnits,
  });
  const { placed, unplaced } = placeTiles(rows, layout);
  return (
    <Card title={t.map.title} description={t.map.description}>
      <ProvinceTileMap
        layout={{ columns: layout.columns, rows: layout.rows, islands: layout.islands }}
        tiles={placed.map(({ unit, col, row }) => ({ ...tile(unit), col, row }))}
        unplaced={unplaced.map(tile)}
        empty={emptyPlaces(
          layout,
          rows.map((row) => row.code),
        )}
        initialColouring={colouring}
        rankingAnchor={RANKING_ANCHOR}
        basis={basis}
        locale={locale}
        t={{ map: t.map, status: t.status, ranking: t.ranking }}
      />
    </Card>
  );
}
