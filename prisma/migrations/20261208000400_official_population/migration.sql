-- Official population (GSO) per unit and year, imported by administrators: the denominator BHXH
-- publishes its rates on, shown beside the rate on the population the communes report.
-- CreateTable
CREATE TABLE "official_population" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "official_population_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "official_population_population_positive" CHECK ("population" > 0),
    CONSTRAINT "official_population_year_range" CHECK ("year" BETWEEN 2000 AND 2100)
);

-- CreateIndex
CREATE UNIQUE INDEX "official_population_unit_id_year_key" ON "official_population"("unit_id", "year");

-- AddForeignKey
ALTER TABLE "official_population" ADD CONSTRAINT "official_population_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
