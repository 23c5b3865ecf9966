-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('COUNTRY', 'PROVINCE', 'MUNICIPALITY', 'DISTRICT', 'URBAN_DISTRICT', 'TOWN', 'PROVINCIAL_CITY', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE');

-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('FULL', 'PARTIAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'LOCKED');

-- CreateEnum
CREATE TYPE "TargetComparator" AS ENUM ('AT_LEAST', 'EXACTLY');

-- CreateTable
CREATE TABLE "unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_closure" (
    "ancestor_id" INTEGER NOT NULL,
    "descendant_id" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "unit_closure_pkey" PRIMARY KEY ("ancestor_id","descendant_id")
);

-- CreateTable
CREATE TABLE "unit_succession" (
    "predecessor_id" INTEGER NOT NULL,
    "successor_id" INTEGER NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "share_bp" INTEGER,
    "effective_on" DATE NOT NULL,

    CONSTRAINT "unit_succession_pkey" PRIMARY KEY ("predecessor_id","successor_id")
);

-- CreateTable
CREATE TABLE "group_set" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "group_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participant_group" (
    "id" SERIAL NOT NULL,
    "group_set_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,

    CONSTRAINT "participant_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_month_report" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "population" INTEGER NOT NULL,
    "voluntary_social_insured" INTEGER,
    "voluntary_social_assigned" INTEGER,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_month_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrollment_figure" (
    "unit_id" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "group_id" INTEGER NOT NULL,
    "insured" INTEGER NOT NULL,
    "eligible" INTEGER NOT NULL,
    "newly_enrolled" INTEGER NOT NULL,
    "renewed" INTEGER NOT NULL,

    CONSTRAINT "enrollment_figure_pkey" PRIMARY KEY ("unit_id","period","group_id")
);

-- CreateTable
CREATE TABLE "plan" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issued_on" DATE NOT NULL,
    "scope_unit_id" INTEGER NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "notes" TEXT,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_target" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "group_id" INTEGER,
    "due_on" DATE NOT NULL,
    "comparator" "TargetComparator" NOT NULL DEFAULT 'AT_LEAST',
    "rate_bp" INTEGER,
    "assigned_count" INTEGER,
    "responsible_agency" TEXT,

    CONSTRAINT "plan_target_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unit_parent_id_idx" ON "unit"("parent_id");

-- CreateIndex
CREATE INDEX "unit_code_idx" ON "unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "unit_code_valid_from_key" ON "unit"("code", "valid_from");

-- CreateIndex
CREATE INDEX "unit_closure_descendant_id_idx" ON "unit_closure"("descendant_id");

-- CreateIndex
CREATE INDEX "unit_succession_successor_id_idx" ON "unit_succession"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_set_code_key" ON "group_set"("code");

-- CreateIndex
CREATE UNIQUE INDEX "participant_group_group_set_id_code_key" ON "participant_group"("group_set_id", "code");

-- CreateIndex
CREATE INDEX "unit_month_report_period_unit_id_idx" ON "unit_month_report"("period", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_month_report_unit_id_period_key" ON "unit_month_report"("unit_id", "period");

-- CreateIndex
CREATE INDEX "enrollment_figure_period_unit_id_idx" ON "enrollment_figure"("period", "unit_id");

-- CreateIndex
CREATE INDEX "plan_scope_unit_id_idx" ON "plan"("scope_unit_id");

-- CreateIndex
CREATE INDEX "plan_target_unit_id_due_on_idx" ON "plan_target"("unit_id", "due_on");

-- CreateIndex
CREATE INDEX "plan_target_plan_id_idx" ON "plan_target"("plan_id");

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_closure" ADD CONSTRAINT "unit_closure_ancestor_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_closure" ADD CONSTRAINT "unit_closure_descendant_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_succession" ADD CONSTRAINT "unit_succession_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_succession" ADD CONSTRAINT "unit_succession_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant_group" ADD CONSTRAINT "participant_group_group_set_id_fkey" FOREIGN KEY ("group_set_id") REFERENCES "group_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_month_report" ADD CONSTRAINT "unit_month_report_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_figure" ADD CONSTRAINT "enrollment_figure_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_figure" ADD CONSTRAINT "enrollment_figure_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "participant_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan" ADD CONSTRAINT "plan_scope_unit_id_fkey" FOREIGN KEY ("scope_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "participant_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

