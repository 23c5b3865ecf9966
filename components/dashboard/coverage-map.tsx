import { Card } from "@/components/ui/card";
import type { MapColouring } from "@/lib/dashboard/map-options";
import { getMapUnits, type LinkedMapUnit } from "@/lib/dashboard/map-units";
import { emptyPlaces, placeTiles, shortProvinceName, tileLayoutFor } from "@/lib/map/tile-layout";

import { RANKING_ANCHOR } from "./child-ranking";
import type { FigureWidgetProps } from "./figure-widget-props";
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
}: FigureWidgetProps & {
  colouring: MapColouring;
}) {
  const units = await getMapUnits({ unitId, month, structureMonth, basis });
  if (units.length === 0) return null;
  const layout = tileLayoutFor(structureMonth ?? month);
  const tile = ({ id: _id, ...unit }: LinkedMapUnit): ProvinceTile => ({
    ...unit,
    shortName: shortProvinceName(unit.name),
  });
  const { placed, unplaced } = placeTiles(units, layout);
  return (
    <Card title={t.map.title} description={t.map.description}>
      <ProvinceTileMap
        layout={{ columns: layout.columns, rows: layout.rows, islands: layout.islands }}
        tiles={placed.map(({ unit, col, row }) => ({ ...tile(unit), col, row }))}
        unplaced={unplaced.map(tile)}
        empty={emptyPlaces(
          layout,
          units.map((unit) => unit.code),
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
