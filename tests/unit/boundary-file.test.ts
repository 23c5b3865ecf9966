// The boundary file's check (lib/map/boundary-file.ts) and its drawing (lib/map/boundary-paths.ts):
// what is accepted, each refusal with its feature's number, the bounds, and squares drawn inside the
// box whatever the winding of their rings.
import { describe, expect, it } from "vitest";

import { MAX_BOUNDARY_FEATURES, MAX_BOUNDARY_POSITIONS, readBoundaryFile } from "@/lib/map/boundary-file";
import { boundaryPaths } from "@/lib/map/boundary-paths";

import { squaresGeoJson } from "../fixtures/boundary-squares";

const read = (value: unknown) => readBoundaryFile(JSON.stringify(value));
const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe("readBoundaryFile", () => {
  it("reads Polygons keyed by ma_xa, keeping only type and coordinates", () => {
    const result = read(squaresGeoJson(["07210", "07228"]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.shapes.map((shape) => [shape.unitCode, shape.feature, shape.geometry.type])).toEqual([
      ["07210", 1, "Polygon"],
      ["07228", 2, "Polygon"],
    ]);
    expect(Object.keys(result.shapes[0]!.geometry)).toEqual(["type", "coordinates"]);
  });

  it("reads `code` when there is no ma_xa, MultiPolygons, a BOM, and a number as a 5-digit code", () => {
    const file = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { code: "24" }, geometry: { type: "MultiPolygon", coordinates: [[square]] } },
        { type: "Feature", properties: { ma_xa: 7777 }, geometry: { type: "Polygon", coordinates: [square] } },
      ],
    };
    const result = readBoundaryFile(`\ufeff${JSON.stringify(file)}`);
    expect(result.ok && result.shapes.map((shape) => shape.unitCode)).toEqual(["24", "07777"]);
  });

  it("refuses what is not JSON or not a FeatureCollection, or has no features", () => {
    expect(readBoundaryFile("{ not json")).toEqual({ ok: false, issues: [{ code: "notJson" }] });
    expect(read({ type: "Feature", geometry: null })).toEqual({
      ok: false,
      issues: [{ code: "notFeatureCollection" }],
    });
    expect(read({ type: "FeatureCollection", features: [] })).toEqual({ ok: false, issues: [{ code: "noFeatures" }] });
  });

  it("names each bad feature: geometry type, coordinates, code missing, malformed or repeated", () => {
    const feature = (properties: object, geometry: unknown) => ({ type: "Feature", properties, geometry });
    const result = read({
      type: "FeatureCollection",
      features: [
        feature({ ma_xa: "07210" }, { type: "Point", coordinates: [106, 21] }),
        feature(
          { ma_xa: "07228" },
          {
            type: "Polygon",
            coordinates: [
              [
                [106, 21],
                [107, 21],
              ],
            ],
          },
        ),
        feature({ ten: "no code" }, { type: "Polygon", coordinates: [square] }),
        feature({ ma_xa: "7A" }, { type: "Polygon", coordinates: [square] }),
        feature({ ma_xa: "07246" }, { type: "Polygon", coordinates: [square] }),
        feature({ ma_xa: "07246" }, { type: "Polygon", coordinates: [square] }),
        feature(
          { ma_xa: "07264" },
          {
            type: "Polygon",
            coordinates: [
              [
                [500, 21],
                [1, 0],
                [1, 1],
                [500, 21],
              ],
            ],
          },
        ),
        feature({ ma_xa: "07282" }, null),
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: "geometryType", feature: 1, type: "Point" },
        { code: "badCoordinates", feature: 2 },
        { code: "codeMissing", feature: 3 },
        { code: "codeFormat", feature: 4, value: "7A" },
        { code: "duplicateCode", feature: 6, unitCode: "07246", firstFeature: 5 },
        { code: "badCoordinates", feature: 7 },
        { code: "geometryType", feature: 8, type: "null" },
      ],
    });
  });

  it("refuses too many features and too many points", () => {
    const many = squaresGeoJson(Array.from({ length: MAX_BOUNDARY_FEATURES + 1 }, (_, i) => String(10000 + i)));
    expect(read(many)).toEqual({ ok: false, issues: [{ code: "tooManyFeatures", max: MAX_BOUNDARY_FEATURES }] });
    const ring = Array.from({ length: MAX_BOUNDARY_POSITIONS + 1 }, (_, i) => [i / 1e7, (i % 2) / 1e7]);
    const dense = {
      type: "FeatureCollection",
      features: [{ properties: { ma_xa: "07210" }, geometry: { type: "Polygon", coordinates: [ring] } }],
    };
    expect(read(dense)).toEqual({ ok: false, issues: [{ code: "tooManyPositions", max: MAX_BOUNDARY_POSITIONS }] });
  }, 30_000);
});

describe("boundaryPaths", () => {
  it("draws squares of either winding inside the box, west to east", () => {
    const read = readBoundaryFile(JSON.stringify(squaresGeoJson(["07210", "07228", "07246"])));
    if (!read.ok) throw new Error("fixture refused");
    const shapes = read.shapes.map((shape) => ({ code: shape.unitCode, geometry: shape.geometry }));
    // The third square wound clockwise (d3's own order): drawn the same way.
    const third = shapes[2]!.geometry;
    if (third.type === "Polygon") third.coordinates = third.coordinates.map((ring) => [...ring].reverse());
    const paths = boundaryPaths(shapes, 400, 300);
    expect(paths.map((path) => path.code)).toEqual(["07210", "07228", "07246"]);
    for (const path of paths) {
      expect(path.d).toMatch(/^M[\d.]+,[\d.]+L.*Z$/);
      const numbers = path.d.match(/[\d.]+/g)!.map(Number);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(400);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    }
    const xs = paths.map((path) => path.centroid[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(boundaryPaths([], 400, 300)).toEqual([]);
  });
});
