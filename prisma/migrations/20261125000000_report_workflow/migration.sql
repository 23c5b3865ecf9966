-- Workflow of monthly reports: who submitted and reviewed last, confirmed warnings, and the reporting rules.
-- AlterTable
ALTER TABLE "unit_month_report" ADD COLUMN     "confirmed_warnings" JSONB,
ADD COLUMN     "review_comment" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by_id" TEXT,
ADD COLUMN     "submitted_at" TIMESTAMP(3),
ADD COLUMN     "submitted_by_id" TEXT;

-- CreateTable
CREATE TABLE "reporting_rule" (
    "id" SERIAL NOT NULL,
    "effective_from" DATE NOT NULL,
    "approver_level" INTEGER NOT NULL,
    "deadline_day" INTEGER NOT NULL,

    CONSTRAINT "reporting_rule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reporting_rule_effective_from_key" ON "reporting_rule"("effective_from");

-- AddForeignKey
ALTER TABLE "unit_month_report" ADD CONSTRAINT "unit_month_report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_month_report" ADD CONSTRAINT "unit_month_report_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Default rules: districts approve until June 2025, provinces from July 2025 (no district level).
-- Reports are due by the 5th of the following month. Editable by administrators.
INSERT INTO "reporting_rule" ("effective_from", "approver_level", "deadline_day") VALUES
  ('2000-01-01', 2, 5),
  ('2025-07-01', 1, 5);
