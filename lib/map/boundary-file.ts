// Reading a boundary file for the choropleth (README, "The commune choropleth"): GeoJSON, a
// FeatureCollection whose features are Polygons or MultiPolygons in longitude/latitude, each keyed by
// the unit's GSO code in the property `ma_xa` or, failing that, `code`. Pure: the text in, the shapes
// or the issues out (codes, worded later in the reader's language by lib/map/describe-boundary-issue.ts).
// Bounds keep a file within what the page can draw: at most MAX_BOUNDARY_FEATURES shapes and
// MAX_BOUNDARY_POSITIONS points in all (the upload itself is at most 10 MB: lib/validation/upload.ts).

/** The properties read for a feature's unit code, in this order. */
export const BOUNDARY_CODE_PROPERTIES = ["ma_xa", "code"] as const;

export const MAX_BOUNDARY_FEATURES = 5_000;
export const MAX_BOUNDARY_POSITIONS = 1_000_000;

type Position = [number, number];
export type BoundaryGeometry =
  { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

/** A shape of the file: the code it names, its feature's number (from 1) and its geometry. */
export type BoundaryShape = { unitCode: string; feature: number; geometry: BoundaryGeometry };

export type BoundaryFileIssue =
  | { code: "notJson" }
  | { code: "notFeatureCollection" }
  | { code: "noFeatures" }
  | { code: "tooManyFeatures"; max: number }
  | { code: "tooManyPositions"; max: number }
  | { code: "geometryType"; feature: number; type: string }
  | { code: "badCoordinates"; feature: number }
  | { code: "codeMissing"; feature: number }
  | { code: "codeFormat"; feature: number; value: string }
  | { code: "duplicateCode"; feature: number; unitCode: string; firstFeature: number };

export type BoundaryFileResult = { ok: true; shapes: BoundaryShape[] } | { ok: false; issues: BoundaryFileIssue[] };

/** A GSO code: 2 (province), 3 (district) or 5 (commune) digits. */
const UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || value.length < 2) return false;
  const [lon, lat] = value;
  return (
    typeof lon === "number" &&
    typeof lat === "number" &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 90
  );
}

/** A polygon's rings: each at least 4 positions (a closed triangle); their number, or null when malformed. */
function polygonPositions(value: unknown): number | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  let count = 0;
  for (const ring of value) {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return null;
    count += ring.length;
  }
  return count;
}

/** The geometry's positions counted, or why it cannot be drawn. */
function checkGeometry(
  geometry: unknown,
): { positions: number } | { problem: "type"; type: string } | { problem: "coordinates" } {
  const type = isRecord(geometry) && typeof geometry.type === "string" ? geometry.type : String(geometry ?? null);
  if (!isRecord(geometry) || (type !== "Polygon" && type !== "MultiPolygon")) return { problem: "type", type };
  const { coordinates } = geometry;
  if (type === "Polygon") {
    const positions = polygonPositions(coordinates);
    return positions === null ? { problem: "coordinates" } : { positions };
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) return { problem: "coordinates" };
  let positions = 0;
  for (const polygon of coordinates) {
    const count = polygonPositions(polygon);
    if (count === null) return { problem: "coordinates" };
    positions += count;
  }
  return { positions };
}

/** The feature's unit code: a string of digits, or a number read as a 5-digit commune code (leading zeros lost). */
function featureCode(properties: unknown): { value: string | null; raw: string | null } {
  if (!isRecord(properties)) return { value: null, raw: null };
  for (const name of BOUNDARY_CODE_PROPERTIES) {
    const value = properties[name];
    if (typeof value === "string" && value.trim() !== "") return { value: value.trim(), raw: value };
    if (typeof value === "number") {
      const text = Number.isInteger(value) && value >= 0 ? String(value).padStart(5, "0") : String(value);
      return { value: text, raw: String(value) };
    }
  }
  return { value: null, raw: null };
}

/** Only what is drawn is kept: the type and the longitude/latitude of each position. */
function drawnPart(geometry: BoundaryGeometry): BoundaryGeometry {
  const ring = (positions: Position[]) => positions.map(([lon, lat]): Position => [lon, lat]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

export function readBoundaryFile(text: string): BoundaryFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, issues: [{ code: "notJson" }] };
  }
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features))
    return { ok: false, issues: [{ code: "notFeatureCollection" }] };
  const features: unknown[] = json.features;
  if (features.length === 0) return { ok: false, issues: [{ code: "noFeatures" }] };
  if (features.length > MAX_BOUNDARY_FEATURES)
    return { ok: false, issues: [{ code: "tooManyFeatures", max: MAX_BOUNDARY_FEATURES }] };

  const issues: BoundaryFileIssue[] = [];
  const shapes: BoundaryShape[] = [];
  const firstOf = new Map<string, number>();
  let positions = 0;
  features.forEach((item, index) => {
    const feature = index + 1;
    const geometry = isRecord(item) ? item.geometry : undefined;
    const checked = checkGeometry(geometry);
    if ("problem" in checked) {
      issues.push(
        checked.problem === "type"
          ? { code: "geometryType", feature, type: checked.type }
          : { code: "badCoordinates", feature },
      );
    } else positions += checked.positions;
    const code = featureCode(isRecord(item) ? item.properties : undefined);
    if (code.value === null) issues.push({ code: "codeMissing", feature });
    else if (!UNIT_CODE.test(code.value)) issues.push({ code: "codeFormat", feature, value: code.raw ?? code.value });
    else if (firstOf.has(code.value))
      issues.push({ code: "duplicateCode", feature, unitCode: code.value, firstFeature: firstOf.get(code.value)! });
    else {
      firstOf.set(code.value, feature);
      if (!("problem" in checked))
        shapes.push({ unitCode: code.value, feature, geometry: drawnPart(geometry as BoundaryGeometry) });
    }
  });
  if (positions > MAX_BOUNDARY_POSITIONS) issues.unshift({ code: "tooManyPositions", max: MAX_BOUNDARY_POSITIONS });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, shapes };
}
