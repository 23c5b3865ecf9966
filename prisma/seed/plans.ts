// The demo's plans (kế hoạch) and their targets: the national plan, Bạc Liêu's 119/KH-UBND for the
// last six months of 2021, Bắc Giang's 2022–2025 plan allocated to its districts, and a clearly
// labelled invented 2026 plan for the new Bắc Ninh. After 1 July 2025 the new provinces have no plan
// of their own (except that demo one): the national plan applies to them through the unit tree.
import type { Prisma, TargetComparator } from "@prisma/client";

import type { Month } from "../../lib/period";
import { utcDate } from "./days";
import type { DemoModel } from "./demo-model";
import type { DemoUnit, DemoUnits } from "./demo-units";
import { groupId, type GroupIds } from "./groups";
import { required } from "./lookup";
import type { SeedScope } from "./seed-scope";
import { DISTRICT_PREFIXES, nameInPhrase } from "./unit-kinds";
import { groupArray, populationAt, valueAt, type UnitSeries } from "./unit-series";
import type { SeededUnits } from "./units";

interface TargetSpec {
  unitId: number;
  /** Group code 1–5; absent for an overall target. */
  group?: number;
  dueOn: Date;
  comparator?: TargetComparator;
  /** Null for a target that assigns only a number of people. */
  rateBp: number | null;
  assignedCount?: number;
  responsibleAgency?: string;
  /** Not stated by the source: worked out by the seed (labelled "suy ra" wherever shown). */
  derived?: boolean;
  /** The target is for the school year holding its milestone. */
  bySchoolYear?: boolean;
}

interface PlanSpec {
  number: string;
  title: string;
  issuer: string;
  issuedOn: Date;
  scopeUnitId: number;
  periodStart: Date;
  periodEnd: Date;
  notes: string;
  targets: TargetSpec[];
}

export interface PlanContext {
  units: DemoUnits;
  model: DemoModel;
  seeded: SeededUnits;
  groupIds: GroupIds;
}

export async function insertPlans(
  tx: Prisma.TransactionClient,
  context: PlanContext,
  scope: SeedScope,
): Promise<{ plans: number; targets: number }> {
  const specs = [
    nationalPlan(context),
    scope.includesProvince("95") ? bacLieuPlan2021(context) : null,
    scope.includesProvince("24") ? bacGiangPlan2022To2025(context) : null,
    scope.includesProvince("24") ? bacNinhDemoPlan2026(context) : null,
    scope.includesProvince("89") ? myLongAssignment2022(context) : null,
    scope.includesProvince("89") ? myLongAssignment2023(context) : null,
  ].filter((spec): spec is PlanSpec => spec !== null);

  for (const { targets, ...plan } of specs) {
    await tx.plan.create({
      data: {
        ...plan,
        targets: {
          create: targets.map(({ group, ...target }) => ({
            ...target,
            groupId: group === undefined ? null : groupId(context.groupIds, group),
          })),
        },
      },
    });
  }
  return { plans: specs.length, targets: specs.reduce((sum, spec) => sum + spec.targets.length, 0) };
}

function nationalPlan({ seeded }: PlanContext): PlanSpec {
  const yearly = [
    [2022, 9260],
    [2023, 9320],
    [2024, 9410],
    [2025, 9515],
  ] as const;
  return {
    number: "546/QĐ-TTg",
    title: "Giao chỉ tiêu thực hiện bao phủ bảo hiểm y tế giai đoạn 2022–2025",
    issuer: "Thủ tướng Chính phủ",
    issuedOn: utcDate(2022, 4, 29),
    scopeUnitId: seeded.countryId,
    periodStart: utcDate(2022, 1, 1),
    periodEnd: utcDate(2025, 12, 31),
    notes:
      "Chỉ tiêu bao phủ toàn quốc theo từng năm. Quyết định còn giao chỉ tiêu riêng cho từng tỉnh (phụ lục); " +
      "phần này chưa được nhập vào dữ liệu demo.",
    targets: yearly.map(([year, rateBp]) => ({ unitId: seeded.countryId, dueOn: utcDate(year, 12, 31), rateBp })),
  };
}

function bacLieuPlan2021({ units, model, seeded }: PlanContext): PlanSpec {
  const bacLieu = required(seeded.oldIds, "95", "Unit");
  const dueOn = utcDate(2021, 12, 31);
  const groupTargets: (TargetSpec & { rateBp: number })[] = [
    { unitId: bacLieu, group: 1, dueOn, rateBp: 9500, responsibleAgency: "Sở Lao động – Thương binh và Xã hội" },
    { unitId: bacLieu, group: 2, dueOn, comparator: "EXACTLY", rateBp: 10000, responsibleAgency: "BHXH tỉnh Bạc Liêu" },
    { unitId: bacLieu, group: 3, dueOn, comparator: "EXACTLY", rateBp: 10000, responsibleAgency: "BHXH tỉnh Bạc Liêu" },
    {
      unitId: bacLieu,
      group: 4,
      dueOn,
      comparator: "EXACTLY",
      rateBp: 10000,
      responsibleAgency: "Sở Giáo dục và Đào tạo",
      // Pupils and students of the 2021–2022 school year, which holds the plan's milestone 12/2021.
      bySchoolYear: true,
    },
    // Household enrollment runs on the lists and collection agents of the provincial BHXH.
    { unitId: bacLieu, group: 5, dueOn, rateBp: 9100, responsibleAgency: "BHXH tỉnh Bạc Liêu" },
  ];

  // The plan sets no overall rate: derive it from the group targets and the eligible people in
  // June 2021, the month before the plan's period.
  const communes = seriesOf(model.oldCommunes, units.oldCommunes, (commune) => commune.provinceCode === "95");
  const baseMonth: Month = "2021-06";
  const population = sum(communes, (series) => populationAt(series, baseMonth));
  const assignedCount = groupTargets.reduce((total, target) => {
    const group = (target.group ?? 0) - 1;
    const eligible = sum(communes, (series) => valueAt(groupArray(series.eligible, group), series, baseMonth));
    return total + ceilDiv(target.rateBp * eligible, 10000);
  }, 0);
  const overall: TargetSpec = {
    unitId: bacLieu,
    dueOn,
    rateBp: Math.floor((assignedCount * 10000) / population),
    assignedCount,
    responsibleAgency: "Sở Y tế",
    derived: true,
  };

  return {
    number: "119/KH-UBND",
    title: "Kế hoạch thực hiện bao phủ bảo hiểm y tế 6 tháng cuối năm 2021 trên địa bàn tỉnh Bạc Liêu",
    issuer: "UBND tỉnh Bạc Liêu",
    issuedOn: utcDate(2021, 8, 18),
    scopeUnitId: bacLieu,
    periodStart: utcDate(2021, 7, 1),
    periodEnd: dueOn,
    notes:
      "Nhóm 2 và 3 đã đạt 100%. Trích yếu ghi theo nội dung, " +
      "chưa đối chiếu nguyên văn. Văn bản không nêu chỉ tiêu chung: dữ liệu demo suy ra chỉ tiêu chung = " +
      "tổng (tỷ lệ chỉ tiêu của nhóm × số đối tượng của nhóm tháng 6/2021), chia cho dân số tháng 6/2021.",
    targets: [overall, ...groupTargets],
  };
}

function bacGiangPlan2022To2025({ units, model, seeded }: PlanContext): PlanSpec {
  const bacGiang = required(seeded.oldIds, "24", "Unit");
  const yearly = [
    [2022, 9900],
    [2023, 9900],
    [2024, 9900],
    [2025, 9950],
  ] as const;
  const districts = units.oldDistricts.filter((district) => district.provinceCode === "24");

  const targets = yearly.flatMap(([year, rateBp]): TargetSpec[] => {
    const dueOn = utcDate(year, 12, 31);
    const previousDecember: Month = `${year - 1}-12`;
    return [
      { unitId: bacGiang, dueOn, rateBp },
      {
        unitId: bacGiang,
        group: 4,
        dueOn,
        comparator: "EXACTLY",
        rateBp: 10000,
        responsibleAgency: "Sở Giáo dục và Đào tạo",
      },
      ...districts.map((district) => ({
        unitId: required(seeded.oldIds, district.code, "Unit"),
        dueOn,
        rateBp,
        assignedCount: ceilDiv(rateBp * districtPopulation(district, units, model, previousDecember), 10000),
        responsibleAgency: `BHXH ${nameInPhrase(district.name, DISTRICT_PREFIXES)}`,
      })),
    ];
  });

  return {
    number: "KH-UBND tỉnh Bắc Giang 2022–2025",
    title: "Kế hoạch thực hiện bao phủ bảo hiểm y tế giai đoạn 2022–2025 trên địa bàn tỉnh Bắc Giang",
    issuer: "UBND tỉnh Bắc Giang",
    // The source, of 6 December 2023, reports the plan as just issued; its own date is not known.
    issuedOn: utcDate(2023, 12, 6),
    scopeUnitId: bacGiang,
    periodStart: utcDate(2022, 1, 1),
    periodEnd: utcDate(2025, 12, 31),
    notes:
      "Số hiệu và ngày ban hành thật chưa rõ: nguồn ngày 06/12/2023 cho biết kế hoạch vừa được ban hành " +
      "(dữ liệu demo ghi ngày 06/12/2023). Giữ tỷ lệ bao phủ trên 99% " +
      "mỗi năm, đạt 99,5% năm 2025; học sinh 100%. Chỉ tiêu giao BHXH từng huyện: số người = tỷ lệ × dân số " +
      "của huyện tháng 12 năm trước, làm tròn lên.",
    targets,
  };
}

function bacNinhDemoPlan2026({ seeded }: PlanContext): PlanSpec {
  const bacNinh = required(seeded.newIds, "24", "Unit");
  return {
    number: "DEMO-2026/KH-UBND",
    title: "Kế hoạch bao phủ bảo hiểm y tế năm 2026 của tỉnh Bắc Ninh (dữ liệu minh hoạ)",
    issuer: "UBND tỉnh Bắc Ninh",
    issuedOn: utcDate(2026, 1, 15),
    scopeUnitId: bacNinh,
    periodStart: utcDate(2026, 1, 1),
    periodEnd: utcDate(2026, 12, 31),
    notes: "DỮ LIỆU MINH HOẠ: kế hoạch này không có thật; số hiệu, ngày và chỉ tiêu do dữ liệu demo tự đặt.",
    targets: [{ unitId: bacNinh, dueOn: utcDate(2026, 12, 31), rateBp: 9600 }],
  };
}

// Phường Mỹ Long's report for 2022 (DOMAIN.md): 16,796 people assigned, no rate of its own, so the
// national 92.60% of 2022 still applies to it as its rate target (lib/coverage/applicable-target.ts).
function myLongAssignment2022({ seeded }: PlanContext): PlanSpec {
  const myLong = required(seeded.oldIds, "30283", "Unit");
  return {
    number: "DEMO-2022/KH-UBND Long Xuyên",
    title: "Giao chỉ tiêu phát triển người tham gia bảo hiểm y tế năm 2022 cho Phường Mỹ Long",
    issuer: "UBND thành phố Long Xuyên",
    issuedOn: utcDate(2022, 1, 10),
    scopeUnitId: myLong,
    periodStart: utcDate(2022, 1, 1),
    periodEnd: utcDate(2022, 12, 31),
    notes:
      "Số người được giao (16.796) lấy từ báo cáo năm 2022 của Phường Mỹ Long; số hiệu, ngày ban hành và " +
      "cơ quan giao do dữ liệu demo đặt. Không giao tỷ lệ: chỉ tiêu tỷ lệ là của kế hoạch toàn quốc.",
    targets: [{ unitId: myLong, dueOn: utcDate(2022, 12, 31), rateBp: null, assignedCount: 16796 }],
  };
}

// Its report after nine months of 2023: 16,645 people, 96.52% of the year's number. The number itself
// is not in the source: 17,245 is the whole number that gives 96.52% (16,645 ÷ 17,245 = 96.521%).
function myLongAssignment2023({ seeded }: PlanContext): PlanSpec {
  const myLong = required(seeded.oldIds, "30283", "Unit");
  return {
    number: "DEMO-2023/KH-UBND Long Xuyên",
    title: "Giao chỉ tiêu phát triển người tham gia bảo hiểm y tế năm 2023 cho Phường Mỹ Long",
    issuer: "UBND thành phố Long Xuyên",
    issuedOn: utcDate(2023, 1, 10),
    scopeUnitId: myLong,
    periodStart: utcDate(2023, 1, 1),
    periodEnd: utcDate(2023, 12, 31),
    notes:
      "SỐ GIAO SUY RA: báo cáo 9 tháng năm 2023 của Phường Mỹ Long ghi 16.645 người, đạt 96,52% chỉ tiêu; " +
      "dữ liệu demo suy ra số giao 17.245 người (16.645 ÷ 17.245 = 96,52%). Số hiệu, ngày ban hành và cơ quan " +
      "giao do dữ liệu demo đặt.",
    targets: [{ unitId: myLong, dueOn: utcDate(2023, 12, 31), rateBp: null, assignedCount: 17245, derived: true }],
  };
}

function districtPopulation(district: DemoUnit, units: DemoUnits, model: DemoModel, month: Month): number {
  const communes = seriesOf(model.oldCommunes, units.oldCommunes, (commune) => commune.parentCode === district.code);
  return sum(communes, (series) => populationAt(series, month));
}

function seriesOf(
  seriesByCode: ReadonlyMap<string, UnitSeries>,
  communes: readonly DemoUnit[],
  predicate: (commune: DemoUnit) => boolean,
): UnitSeries[] {
  return communes.filter(predicate).map((commune) => required(seriesByCode, commune.code, "Series of commune"));
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** ⌈a ÷ b⌉ for non-negative integers, without floating-point surprises at exact multiples. */
function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}
