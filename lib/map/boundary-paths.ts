// The choropleth's drawing: unit boundaries (GeoJSON Polygon/MultiPolygon, longitude/latitude)
// projected with d3-geo's Mercator, fitted to a width × height box, as SVG path strings. Pure, so
// the same strings serve the page's SVG and the PDF's Svg/Path.
import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";

import type { BoundaryGeometry } from "./boundary-file";

export type UnitShape = { code: string; geometry: BoundaryGeometry };
export type UnitPath = { code: string; d: string; centroid: [number, number] };

type Ring = [number, number][];

/**
 * d3-geo reads a ring on the sphere: clockwise encloses the small area, anticlockwise (GeoJSON's
 * RFC 7946 order) the rest of the globe. A polygon whose area exceeds a hemisphere is turned round.
 */
function smallSide(rings: Ring[]): Ring[] {
  const polygon = { type: "Polygon", coordinates: rings } as GeoPermissibleObjects;
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function drawable(geometry: BoundaryGeometry): GeoPermissibleObjects {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: smallSide(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(smallSide) };
}

/** Each shape's path in a box of `width` × `height` (all shapes fitted together, with a margin). */
export function boundaryPaths(shapes: UnitShape[], width: number, height: number, margin = 4): UnitPath[] {
  if (shapes.length === 0) return [];
  const features = shapes.map((shape) => ({
    type: "Feature" as const,
    properties: {},
    geometry: drawable(shape.geometry) as GeoJSON.Geometry,
  }));
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(1);
  return shapes.map((shape, index) => {
    const [x, y] = path.centroid(features[index]!);
    return { code: shape.code, d: path(features[index]!) ?? "", centroid: [Math.round(x), Math.round(y)] };
  });
}
