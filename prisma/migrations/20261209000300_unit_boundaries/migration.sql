-- Boundaries of units for the commune choropleth, imported by administrators from GeoJSON: one
-- Polygon or MultiPolygon per unit (longitude/latitude), who imported it and when.
-- CreateTable
CREATE TABLE "unit_boundary" (
    "unit_id" INTEGER NOT NULL,
    "geometry" JSONB NOT NULL,
    "imported_by_id" TEXT NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_boundary_pkey" PRIMARY KEY ("unit_id"),
    CONSTRAINT "unit_boundary_geometry_type" CHECK ("geometry"->>'type' IN ('Polygon', 'MultiPolygon'))
);

-- AddForeignKey
ALTER TABLE "unit_boundary" ADD CONSTRAINT "unit_boundary_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_boundary" ADD CONSTRAINT "unit_boundary_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
