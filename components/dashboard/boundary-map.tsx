import Link from "next/link";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { basisParams, type CountingBasis } from "@/lib/coverage/counting-rule";
import { rankingStatus } from "@/lib/coverage/ranking";
import type { MapColouring } from "@/lib/dashboard/map-options";
import { viewParams } from "@/lib/dashboard/structure-view";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { boundaryPaths } from "@/lib/map/boundary-paths";
import type { Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { getChildRanking } from "@/lib/queries/get-child-ranking";
import { getUnitBoundaries } from "@/lib/queries/get-unit-boundaries";
import { BOUNDARY_IMPORT_HREF, coverageHref } from "@/lib/routes";

import { BoundaryChoropleth, type ShapeUnit } from "./boundary-choropleth";
import { RANKING_ANCHOR } from "./child-ranking";

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
}: {
  user: SessionUser;
  unitId: number;
  month: Month;
  colouring: MapColouring;
  locale: Locale;
  t: Messages;
  structureMonth?: Month | null;
  basis?: CountingBasis;
}) {
  const { rows } = await getChildRanking(unitId, month, structureMonth, basis);
  if (rows.length === 0) return null;
  const boundaries = await getUnitBoundaries(rows.map((row) => row.id));
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
  const linkParams = { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) };
  const drawn = rows.filter((row) => boundaries.has(row.id));
  const paths = boundaryPaths(
    drawn.map((row) => ({ code: row.code, geometry: boundaries.get(row.id)! })),
    WIDTH,
    HEIGHT,
  );
  const shapes: ShapeUnit[] = drawn.map((row, index) => ({
    code: row.code,
    name: row.name,
    href: coverageHref(row.code, month, linkParams),
    d: paths[index]!.d,
    centroid: paths[index]!.centroid,
    rate: row.rate,
    insured: row.insured,
    population: row.population,
    targetBp: row.targetBp,
    status: rankingStatus(row),
    reportingUnits: row.reportingUnits,
    baseUnits: row.baseUnits,
  }));
  return (
    <Card title={m.title} description={m.description}>
      <BoundaryChoropleth
        width={WIDTH}
        height={HEIGHT}
        shapes={shapes}
        withoutShape={rows
          .filter((row) => !boundaries.has(row.id))
          .map((row) => ({ code: row.code, name: row.name, href: coverageHref(row.code, month, linkParams) }))}
        initialColouring={colouring}
        rankingAnchor={RANKING_ANCHOR}
        basis={basis}
        locale={locale}
        t={{ map: t.map, status: t.status, ranking: t.ranking, boundaries: t.boundaries }}
      />
    </Card>
  );
}
