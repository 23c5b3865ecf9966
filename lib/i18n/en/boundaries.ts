// The English words of lib/i18n/vi/boundaries.ts: the same keys (checked by the type).
import type { boundaries as vi } from "../vi/boundaries";

export const boundaries: typeof vi = {
  import: {
    title: "4. Unit boundaries (commune map)",
    description:
      "A GeoJSON file: a FeatureCollection, each feature a Polygon or MultiPolygon (longitude, latitude) of one unit, carrying the unit's GSO code in the property “ma_xa” (or “code” when there is no “ma_xa”). Codes are checked against the units valid in the chosen month. Importing a unit again replaces its boundary. A province with its communes' boundaries shows a commune map on its dashboard.",
    file: "Boundary file (GeoJSON)",
    fileHint: "At most 10 MB, 5,000 features, 1,000,000 points. The code is read from “ma_xa”, or “code”.",
    month: "Check against the units of the month",
    monthHint: "The codes must be units valid in this month.",
    previewTitle: "Preview: {file}",
    shapesRead: "{count} boundaries read",
    created: "New boundaries",
    replaced: "Boundaries replaced",
    unknown: "Codes not in the list (skipped)",
    missing: "Units without a boundary",
    unknownTitle: "Codes not in the list of {month}, which will not be saved:",
    missingTitle: "Units of {month} in the same provinces without a boundary (in the file or stored):",
    featureNumber: "feature {feature}",
    nothingToSave: "No code of the file is a unit of this month: nothing to save.",
    imported: "{count} boundaries saved.",
    fileHasIssues: "The file has {count} problems; nothing was saved. Correct the file and preview it again.",
    issuesTitle: "Problems in the file ({count}):",
    changedSincePreview: "The file or the month changed since the preview: preview again.",
    issue: {
      notJson: "The file is not valid JSON.",
      notFeatureCollection:
        "The file is not a GeoJSON FeatureCollection (it needs “type”: “FeatureCollection” and a list of “features”).",
      noFeatures: "The file has no features.",
      tooManyFeatures: "The file has too many features: at most {max}.",
      tooManyPositions: "The file has too many points: at most {max}. Simplify the boundaries.",
      geometryType: "Feature {feature}: geometry “{type}” is not accepted, only Polygon or MultiPolygon.",
      badCoordinates: "Feature {feature}: invalid coordinates (each ring needs at least 4 longitude, latitude points).",
      codeMissing: "Feature {feature}: the unit code is missing (property “ma_xa” or “code”).",
      codeFormat: "Feature {feature}: “{value}” is not a GSO code (2, 3 or 5 digits).",
      duplicateCode: "Feature {feature}: code {unitCode} is already in feature {firstFeature}.",
    },
  },
  map: {
    title: "Coverage by child unit: map",
    description:
      "Boundaries imported by an administrator. Hover, focus with the keyboard or tap a unit to see its figures; click it to open the unit.",
    noShape: "Without a boundary on the map:",
    tapHint: "On a phone: tap once to see the figures, tap again to open the unit.",
    noBoundariesTitle: "Map of child units",
    noBoundaries:
      "No boundaries of the child units have been imported, so no map can be drawn; each unit's figures are in the ranking below.",
    noBoundariesAdmin: "An administrator can import boundaries (GeoJSON) at",
    importLink: "Import units — section 4",
    noBoundariesOthers: "An administrator can import boundaries (GeoJSON) to show a map.",
  },
};
