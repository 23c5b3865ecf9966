// The demo's campaigns (đợt vận động), both clearly labelled as made up: the new Bắc Ninh's
// year-end household campaign of 2026 (running on the demo's pinned day, under the demo 2026 plan)
// and Thị xã Việt Yên's peak months of 2024 (old Bắc Giang, under its 2022–2025 plan). The source's
// district campaign (November 2017) falls before the demo's figures, which start in January 2018,
// so it is not reproduced; its figures are the unit tests' (tests/unit/campaign-progress.test.ts).
// Targets of new enrollments and renewals are the same months of the year before, 10% up, rounded
// up to hundreds (none when those months are not seeded); the rate is the plan's for the year.
import type { Prisma } from "@prisma/client";

import { addMonths, dateToMonth, monthToDate } from "../../lib/period";
import { utcDate } from "./days";
import { required } from "./lookup";
import type { SeedScope } from "./seed-scope";
import type { SeededUnits } from "./units";

interface CampaignSpec {
  unitId: number;
  planNumber: string;
  name: string;
  firstMonth: Date;
  lastMonth: Date;
  targetRateBp: number;
  responsibleAgency: string;
  notes: string;
}

/** The same months a year earlier, 10% up, rounded up to hundreds; null when nothing was enrolled then. */
async function targetsFromYearBefore(tx: Prisma.TransactionClient, spec: CampaignSpec) {
  const yearBefore = (date: Date) => monthToDate(addMonths(dateToMonth(date), -12));
  const [sums] = await tx.$queryRaw<{ newly: bigint | null; renewed: bigint | null }[]>`
    SELECT SUM(f.newly_enrolled) AS newly, SUM(f.renewed) AS renewed
    FROM enrollment_figure f JOIN unit_closure c ON c.descendant_id = f.unit_id
    WHERE c.ancestor_id = ${spec.unitId} AND f.period BETWEEN ${yearBefore(spec.firstMonth)}::date AND ${yearBefore(spec.lastMonth)}::date`;
  const target = (value: bigint | null | undefined) => (value ? Math.ceil((Number(value) * 1.1) / 100) * 100 : null);
  return { targetNewlyEnrolled: target(sums?.newly), targetRenewed: target(sums?.renewed) };
}

export async function insertCampaigns(
  tx: Prisma.TransactionClient,
  seeded: SeededUnits,
  scope: SeedScope,
): Promise<number> {
  if (!scope.includesProvince("24")) return 0;
  const specs: CampaignSpec[] = [
    {
      unitId: required(seeded.newIds, "24", "Unit"),
      planNumber: "DEMO-2026/KH-UBND",
      name: "Tháng cao điểm vận động BHYT hộ gia đình cuối năm 2026 (dữ liệu minh hoạ)",
      firstMonth: utcDate(2026, 10, 1),
      lastMonth: utcDate(2026, 12, 1),
      targetRateBp: 9600,
      responsibleAgency: "BHXH tỉnh Bắc Ninh",
      notes:
        "DỮ LIỆU MINH HOẠ: đợt vận động này không có thật; chỉ tiêu do dữ liệu demo tự đặt (số cùng kỳ năm trước cộng 10%).",
    },
    {
      unitId: required(seeded.oldIds, "222", "Unit"),
      planNumber: "KH-UBND tỉnh Bắc Giang 2022–2025",
      name: "Tháng cao điểm vận động BHYT năm 2024 (dữ liệu minh hoạ)",
      firstMonth: utcDate(2024, 11, 1),
      lastMonth: utcDate(2024, 12, 1),
      targetRateBp: 9900,
      responsibleAgency: "BHXH thị xã Việt Yên",
      notes:
        "DỮ LIỆU MINH HOẠ: đợt vận động này không có thật; chỉ tiêu do dữ liệu demo tự đặt (số cùng kỳ năm trước cộng 10%).",
    },
  ];
  for (const { planNumber, ...spec } of specs) {
    const plan = await tx.plan.findFirst({ where: { number: planNumber }, select: { id: true } });
    await tx.campaign.create({
      data: { ...spec, planId: plan?.id ?? null, ...(await targetsFromYearBefore(tx, { planNumber, ...spec })) },
    });
  }
  return specs.length;
}
