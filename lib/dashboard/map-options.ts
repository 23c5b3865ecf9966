// How the national dashboard's tile map is coloured, from the URL: by coverage rate (the default)
// or by standing against the target (?map=status). The map's switch changes it in the browser and
// writes it back to the URL; the dashboard's links to another month, view or basis keep it
// (components/dashboard/keep-ranking-link.tsx).

export type MapColouring = "coverage" | "status";

export const MAP_PARAM = "map";

export function mapColouringFrom(value: unknown): MapColouring {
  return value === "status" ? "status" : "coverage";
}

/** The query parameter that keeps a colouring (none for the default). */
export function mapParams(colouring: MapColouring): Record<string, string> {
  return colouring === "status" ? { [MAP_PARAM]: colouring } : {};
}

/** A query string with its map parameter replaced by that of `colouring`. */
export function replaceMapParam(query: string, colouring: MapColouring): string {
  const params = new URLSearchParams(query);
  params.delete(MAP_PARAM);
  for (const [name, value] of Object.entries(mapParams(colouring))) params.set(name, value);
  return params.toString();
}
