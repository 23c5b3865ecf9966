import Link from "next/link";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import type { MapColouring } from "@/lib/dashboard/map-options";
import { getMapUnits } from "@/lib/dashboard/map-units";
import { boundaryPaths } from "@/lib/map/boundary-paths";
import { can } from "@/lib/permissions/can";
import { getUnitBoundaries } from "@/lib/queries/get-unit-boundaries";
import { BOUNDARY_IMPORT_HREF } from "@/lib/routes";

import { BoundaryChoropleth, type ShapeUnit } from "./boundary-choropleth";
import { RANKING_ANCHOR } from "./child-ranking";
import type { FigureWidgetProps } from "./figure-widget-props";

/** The SVG's box: the shapes are fitted into it (lib/map/boundary-paths.ts). */
const WIDTH = 480;
const HEIGHT = 400;

/**
 * A province's (or district's) choropleth of its child units, from the boundaries administrators
 * import (README, "The commune choropleth"), coloured like the province tile map; the figures are the
 * ranking's (the same read), which is also the map's table. Without any boundary of its children it
 * says so, and where an administrator imports them; the ranking below stays the table.
 */
export async function BoundaryMap({
  user,
  unitId,
  month,
  colouring,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps & {
  user: SessionUser;
  colouring: MapColouring;
}) {
  const units = await getMapUnits({ unitId, month, structureMonth, basis });
  if (units.length === 0) return null;
  const boundaries = await getUnitBoundaries(units.map((unit) => unit.id));
  const m = t.boundaries.map;
  if (boundaries.size === 0) {
    return (
      <Card title={m.noBoundariesTitle}>
        <div className="space-y-1 text-sm text-slate-700" data-testid="boundary-map-missing">
          <p>{m.noBoundaries}</p>
          {can(user, "unit:import") ? (
            <p>
              {m.noBoundariesAdmin}{" "}
              <Link href={BOUNDARY_IMPORT_HREF} className="text-brand-700 underline underline-offset-2">
                {m.importLink}
              </Link>
              .
            </p>
          ) : (
            <p>{m.noBoundariesOthers}</p>
          )}
        </div>
      </Card>
    );
  }
  const drawn = units.filter((unit) => boundaries.has(unit.id));
  const paths = boundaryPaths(
    drawn.map((unit) => ({ code: unit.code, geometry: boundaries.get(unit.id)! })),
    WIDTH,
    HEIGHT,
  );
  const shapes: ShapeUnit[] = drawn.map(({ id: _id, ...unit }, index) => ({
    ...unit,
    d: paths[index]!.d,
    centroid: paths[index]!.centroid,
  }));
  return (
    <Card title={m.title} description={m.description}>
      <BoundaryChoropleth
        width={WIDTH}
        height={HEIGHT}
        shapes={shapes}
        withoutShape={units
          .filter((unit) => !boundaries.has(unit.id))
          .map(({ code, name, href }) => ({ code, name, href }))}
        initialColouring={colouring}
        rankingAnchor={RANKING_ANCHOR}
        basis={basis}
        locale={locale}
        t={{ map: t.map, status: t.status, ranking: t.ranking, boundaries: t.boundaries }}
      />
    </Card>
  );
}
