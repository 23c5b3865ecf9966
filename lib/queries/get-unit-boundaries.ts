// The stored boundaries of some units (the choropleth's children), parsed: only Polygon and
// MultiPolygon are stored (the import checks them, and a CHECK constraint keeps it so).
import "server-only";

import { z } from "zod";

import { db } from "@/lib/db";
import type { BoundaryGeometry } from "@/lib/map/boundary-file";

const position = z.tuple([z.number(), z.number()]);
const geometrySchema = z.union([
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position))) }),
]);

/** Boundaries by unit id, for the units that have one. */
export async function getUnitBoundaries(unitIds: number[]): Promise<Map<number, BoundaryGeometry>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db.unitBoundary.findMany({
    where: { unitId: { in: unitIds } },
    select: { unitId: true, geometry: true },
  });
  return new Map(rows.map((row) => [row.unitId, geometrySchema.parse(row.geometry)]));
}
