// How a coverage map colours a unit, one rule for every map: the province tile map and the commune
// choropleth on the dashboards (components/dashboard/) and the map of the PDF report
// (components/report-pdf/map-section.tsx). A unit without figures is "not reported" (none of its
// base units has a counted report) or "no data"; otherwise it takes its rate band (by coverage) or
// its standing against the target (by status). The legend lists the shades a colouring uses.
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { RankingStatus } from "@/lib/coverage/ranking";
import { rateBand, rateBandRanges } from "@/lib/coverage/rate-bands";
import { formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import type { MapColouring } from "./map-options";

/** What a unit is coloured as: a rate band (0 lightest) or a standing. */
export type MapShade = { kind: "band"; band: number } | { kind: "status"; status: RankingStatus };

export function mapShade(unit: { rate: number | null; status: RankingStatus }, colouring: MapColouring): MapShade {
  if (unit.rate === null) return { kind: "status", status: unit.status === "notReported" ? "notReported" : "noData" };
  return colouring === "status" ? { kind: "status", status: unit.status } : { kind: "band", band: rateBand(unit.rate) };
}

/** The shades a legend lists for a colouring, in order: the bands or the standings, then "not reported". */
export function legendShades(colouring: MapColouring): MapShade[] {
  const shades: MapShade[] =
    colouring === "coverage"
      ? rateBandRanges().map((_, band) => ({ kind: "band", band }))
      : (["met", "near", "behind", "noTarget"] as const).map((status) => ({ kind: "status", status }));
  return [...shades, { kind: "status", status: "notReported" }];
}

/** The mark a standing carries besides its colour (✓ ≈ ✗, – for no report). */
export const STATUS_MARKS: Partial<Record<RankingStatus, string>> = {
  met: "✓",
  near: "≈",
  behind: "✗",
  notReported: "–",
};

/** A legend entry's words: the band's range ("90% – 93%") or the standing. */
export function legendLabel(
  shade: MapShade,
  basis: CountingBasis,
  locale: Locale,
  t: Pick<Messages, "map" | "status" | "ranking">,
): string {
  if (shade.kind === "status")
    return shade.status === "notReported" ? t.ranking.filter.notReported[basis] : t.status[shade.status];
  const { from, to } = rateBandRanges()[shade.band]!;
  const bound = (value: number | null) => formatPercent(value, locale, 0);
  if (from === null) return fill(t.map.band.below, { to: bound(to) });
  if (to === null) return fill(t.map.band.from, { from: bound(from) });
  return fill(t.map.band.between, { from: bound(from), to: bound(to) });
}
