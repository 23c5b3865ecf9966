-- Campaigns (đợt vận động, README "Campaigns"): an enrollment drive of a unit over a stretch of
-- months, with targets for new enrollments, renewals and/or the coverage rate at its end (at least
-- one), the agency responsible, notes, and optionally the plan it belongs to. Months are stored as
-- their first day, like report periods. Progress is read from the reports, never stored here.

-- CreateTable
CREATE TABLE "campaign" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "plan_id" INTEGER,
    "name" TEXT NOT NULL,
    "first_month" DATE NOT NULL,
    "last_month" DATE NOT NULL,
    "target_newly_enrolled" INTEGER,
    "target_renewed" INTEGER,
    "target_rate_bp" INTEGER,
    "responsible_agency" TEXT NOT NULL,
    "notes" TEXT,
    "ended_early_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "campaign_months" CHECK ("last_month" >= "first_month" AND extract(day FROM "first_month") = 1 AND extract(day FROM "last_month") = 1),
    CONSTRAINT "campaign_has_target" CHECK ("target_newly_enrolled" IS NOT NULL OR "target_renewed" IS NOT NULL OR "target_rate_bp" IS NOT NULL),
    CONSTRAINT "campaign_targets" CHECK (
      ("target_newly_enrolled" IS NULL OR "target_newly_enrolled" > 0)
      AND ("target_renewed" IS NULL OR "target_renewed" > 0)
      AND ("target_rate_bp" IS NULL OR "target_rate_bp" BETWEEN 1 AND 10000))
);

-- CreateIndex
CREATE INDEX "campaign_unit_id_last_month_idx" ON "campaign"("unit_id", "last_month");

-- CreateIndex
CREATE INDEX "campaign_plan_id_idx" ON "campaign"("plan_id");

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;
