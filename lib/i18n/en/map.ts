// The English words of lib/i18n/vi/map.ts: the same keys (checked by the type).
import type { map as vi } from "../vi/map";

export const map: typeof vi = {
  title: "Coverage by province: map",
  description:
    "Each square is a province, placed roughly where it lies (no boundaries are drawn). Hover, focus with the keyboard or tap a square to see its figures; click it to open the province.",
  colouring: { label: "Colour by", coverage: "Coverage rate", status: "Against target" },
  legend: "Legend",
  band: { below: "below {to}", between: "{from} to below {to}", from: "{from} and above" },
  islands: { hoangSa: "Hoang Sa Archipelago (Da\u00a0Nang)", truongSa: "Truong Sa Archipelago (Khanh\u00a0Hoa)" },
  drillDown: "Open {name}",
  tapHint: "On a phone: tap once to see the figures, tap again to open the province.",
  reporting: "{reporting} of {total} base units have reported",
  fallback: "The map's figures as a table:",
  fallbackLink: "the ranking of child units",
  unplaced: "Not yet placed on the map:",
  emptyCells: "Pale grey squares without a name: provinces of this structure not yet in the list of units.",
  skip: "Skip the map",
  close: "Close",
};
