// The map of the monthly report, read as the dashboard reads its maps (the same child units and
// figures, lib/dashboard/map-units.ts): the national report has the tile grid of provinces in the
// structure's layout (lib/map/tile-layout.ts) with the archipelagos; a province's or district's
// report has the choropleth of its children from the imported boundaries, projected by
// lib/map/boundary-paths.ts into the box the PDF draws, or none when no child has a boundary. A
// unit without child units has no map.
import "server-only";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { mapUnitsOf, type MapUnit } from "@/lib/dashboard/map-units";
import { boundaryPaths } from "@/lib/map/boundary-paths";
import {
  emptyPlaces,
  placeTiles,
  shortProvinceName,
  tileLayoutFor,
  type SeaArea,
  type TilePlace,
} from "@/lib/map/tile-layout";
import type { Month } from "@/lib/period";
import type { ChildRankingRow } from "@/lib/queries/get-child-ranking";
import { getUnitBoundaries } from "@/lib/queries/get-unit-boundaries";

/** The box the choropleth's shapes are fitted into, in PDF points. */
export const REPORT_MAP_BOX = { width: 300, height: 330 } as const;

type Shown = MapUnit & { code: string; name: string };

export type ReportMap =
  | {
      kind: "tiles";
      columns: number;
      rows: number;
      islands: { hoangSa: SeaArea; truongSa: SeaArea };
      tiles: (Shown & TilePlace & { shortName: string })[];
      /** Provinces the layout has no cell for: listed under the map. */
      unplaced: Shown[];
      empty: TilePlace[];
    }
  | { kind: "boundaries"; shapes: (Shown & { d: string; centroid: [number, number] })[]; withoutShape: string[] }
  | { kind: "noBoundaries" };

export async function getReportMap({
  unit,
  children,
  month,
  structureMonth,
  basis,
}: {
  unit: { level: number };
  /** The children as the ranking read them (getChildRanking): the map is the ranking's table. */
  children: readonly ChildRankingRow[];
  month: Month;
  structureMonth: Month | null;
  basis: CountingBasis;
}): Promise<ReportMap | null> {
  const linked = mapUnitsOf(children, { month, structureMonth, basis });
  if (linked.length === 0) return null;
  const units = linked.map(({ id, href: _href, ...shown }) => ({ id, shown }));
  if (unit.level === 0) {
    const layout = tileLayoutFor(structureMonth ?? month);
    const { placed, unplaced } = placeTiles(
      units.map(({ shown }) => shown),
      layout,
    );
    return {
      kind: "tiles",
      columns: layout.columns,
      rows: layout.rows,
      islands: layout.islands,
      tiles: placed.map(({ unit: tile, col, row }) => ({ ...tile, shortName: shortProvinceName(tile.name), col, row })),
      unplaced,
      empty: emptyPlaces(
        layout,
        units.map(({ shown }) => shown.code),
      ),
    };
  }
  const boundaries = await getUnitBoundaries(units.map(({ id }) => id));
  if (boundaries.size === 0) return { kind: "noBoundaries" };
  const drawn = units.filter(({ id }) => boundaries.has(id));
  const paths = boundaryPaths(
    drawn.map(({ id, shown }) => ({ code: shown.code, geometry: boundaries.get(id)! })),
    REPORT_MAP_BOX.width,
    REPORT_MAP_BOX.height,
  );
  return {
    kind: "boundaries",
    shapes: drawn.map(({ shown }, index) => ({ ...shown, d: paths[index]!.d, centroid: paths[index]!.centroid })),
    withoutShape: units.filter(({ id }) => !boundaries.has(id)).map(({ shown }) => shown.name),
  };
}
