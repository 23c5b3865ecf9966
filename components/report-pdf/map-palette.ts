// The coverage map's colours in the PDF (./map-section.tsx): the dashboard's shades
// (components/dashboard/map-legend.tsx, Tailwind's blue, green, amber, red and slate) as hex values,
// keyed by the shade lib/dashboard/map-shade.ts gives a unit, so that a colour means the same on
// the page and on paper.
import type { RankingStatus } from "@/lib/coverage/ranking";
import type { MapShade } from "@/lib/dashboard/map-shade";

export type ShadeColours = { fill: string; stroke: string; text: string; dashed?: boolean };

const DARK = "#0f172a";
const WHITE = "#ffffff";

/** Lightest to darkest: blue-50, 200, 400, 600, 800, each with a darker border. */
const BANDS: ShadeColours[] = [
  { fill: "#eff6ff", stroke: "#bfdbfe", text: DARK },
  { fill: "#bfdbfe", stroke: "#93c5fd", text: DARK },
  { fill: "#60a5fa", stroke: "#3b82f6", text: "#020617" },
  { fill: "#2563eb", stroke: "#1d4ed8", text: WHITE },
  { fill: "#1e40af", stroke: "#1e3a8a", text: WHITE },
];

const STATUSES: Record<RankingStatus, ShadeColours> = {
  met: { fill: "#dcfce7", stroke: "#16a34a", text: DARK },
  near: { fill: "#fef3c7", stroke: "#d97706", text: DARK },
  behind: { fill: "#fee2e2", stroke: "#dc2626", text: DARK },
  noTarget: { fill: "#f1f5f9", stroke: "#94a3b8", text: DARK },
  noData: { fill: "#f1f5f9", stroke: "#94a3b8", text: DARK },
  notReported: { fill: WHITE, stroke: "#64748b", text: "#334155", dashed: true },
};

export function shadeColours(shade: MapShade): ShadeColours {
  return shade.kind === "band" ? BANDS[shade.band]! : STATUSES[shade.status];
}

/** The layout's cells no unit fills, and the sea areas of the archipelagos. */
export const EMPTY_CELL = "#f1f5f9";
export const SEA = { fill: "#f0f9ff", stroke: "#38bdf8" };
