-- Plans: optimistic-concurrency version. New Rural Area (NTM) BHYT thresholds per period, as data.
-- CreateEnum
CREATE TYPE "RuralStandardLevel" AS ENUM ('STANDARD', 'MODEL');

-- AlterTable
ALTER TABLE "plan" ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "rural_standard_threshold" (
    "id" SERIAL NOT NULL,
    "level" "RuralStandardLevel" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "rate_bp" INTEGER NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rural_standard_threshold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rural_standard_threshold_level_valid_from_idx" ON "rural_standard_threshold"("level", "valid_from");


-- Thresholds known from the source documents: criterion 15.1 of the NTM commune standard 2016–2020
-- (Decision 1980/QĐ-TTg) and of the model NTM commune 2018–2020 (Decision 691/QĐ-TTg). The
-- 2021–2025 thresholds (Decision 318/QĐ-TTg) are not confirmed: the rows from 2021 keep the earlier
-- levels, marked provisional, until an administrator enters the confirmed ones.
INSERT INTO "rural_standard_threshold" ("level", "valid_from", "valid_to", "rate_bp", "legal_basis", "notes") VALUES
  ('STANDARD', '2016-01-01', '2020-12-31', 8500, 'Quyết định 1980/QĐ-TTg, tiêu chí 15.1', NULL),
  ('MODEL', '2018-01-01', '2020-12-31', 9500, 'Quyết định 691/QĐ-TTg (xã nông thôn mới kiểu mẫu)', NULL),
  ('STANDARD', '2021-01-01', NULL, 8500, 'Chưa xác nhận, tạm giữ mức của Quyết định 1980/QĐ-TTg', 'Ngưỡng giai đoạn 2021–2025 theo Quyết định 318/QĐ-TTg chưa được xác nhận. Quản trị viên cập nhật khi có số liệu chính thức.'),
  ('MODEL', '2021-01-01', NULL, 9500, 'Chưa xác nhận, tạm giữ mức của Quyết định 691/QĐ-TTg', 'Ngưỡng giai đoạn 2021–2025 chưa được xác nhận. Quản trị viên cập nhật khi có số liệu chính thức.');
