// The bands of coverage rate a map is coloured by: a sequential scale with fixed bounds, so that a
// colour means the same rate in every month and structure. The bounds sit where Vietnam's
// provinces spread: the national rate rose from 90% (2019) to 95.16% (2025), with the targets of
// Decision 546/QĐ-TTg (92.60% to 95.15%) in between, and most provinces lie within a few points.

/** Lower bounds of the bands above the first, as fractions, ascending. */
export const RATE_BAND_BOUNDS = [0.9, 0.93, 0.95, 0.97] as const;

/** The band of a rate: 0 below the first bound, up to RATE_BAND_BOUNDS.length from the last. */
export function rateBand(rate: number): number {
  return RATE_BAND_BOUNDS.filter((bound) => rate >= bound).length;
}

/** Each band's range, [from, to): from null for the first, to null for the last. */
export function rateBandRanges(): { from: number | null; to: number | null }[] {
  const bounds = [null, ...RATE_BAND_BOUNDS, null];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] ?? null }));
}
