// Reading the plan, allocation and threshold forms: the values as stored, or every error at once as
// issue codes on the input it is about, worded in the reader's language (lib/validation/plan-form.ts
// and its siblings; lib/i18n/word-issue.ts).
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { MESSAGES, type Messages } from "@/lib/i18n/messages";
import { wordedFieldErrors } from "@/lib/i18n/word-issue";
import { allocationSchema } from "@/lib/validation/allocation-form";
import { createPlanSchema, updatePlanSchema } from "@/lib/validation/plan-form";
import { parseAssignedCount, parseRatePercent, rateInputValue } from "@/lib/validation/plan-values";
import { thresholdSchema } from "@/lib/validation/threshold-form";

/** Plan 119/KH-UBND of Bạc Liêu as an official would type it: groups 1, 4 and 5 (ids 11, 14, 15). */
const bacLieu = {
  number: "119/KH-UBND",
  title: "Kế hoạch thực hiện bao phủ bảo hiểm y tế 6 tháng cuối năm 2021",
  issuer: "UBND tỉnh Bạc Liêu",
  issuedOn: "2021-08-18",
  scopeUnitId: "95",
  periodStart: "2021-07",
  periodEnd: "2021-12",
  notes: "",
  "milestone.0": "2021-12",
  "target.0.11.rate": "95",
  "target.0.11.cmp": "AT_LEAST",
  "target.0.14.rate": "100",
  "target.0.14.cmp": "EXACTLY",
  "target.0.15.rate": "91",
  "target.0.15.cmp": "AT_LEAST",
  "target.0.all.rate": "",
  "target.0.all.count": "",
  "agency.11": "Sở Lao động – Thương binh và Xã hội",
  "agency.14": "Sở Giáo dục và Đào tạo",
  // Group 4 is pupils and students of the 2021–2022 school year.
  "schoolYear.14": "on",
};

const errorsOf = (
  result: { success: boolean; error?: z.ZodError },
  t: Messages = MESSAGES.vi,
): Record<string, string[] | undefined> => (result.error ? wordedFieldErrors(result.error, t) : {});

describe("plan form", () => {
  it("reads plan 119/KH-UBND into months, basis points and comparators", () => {
    const parsed = createPlanSchema.parse(bacLieu);
    expect(parsed).toMatchObject({
      number: "119/KH-UBND",
      scopeUnitId: 95,
      periodStart: "2021-07",
      periodEnd: "2021-12",
      milestones: ["2021-12"],
      notes: null,
    });
    expect(parsed.issuedOn.toISOString()).toBe("2021-08-18T00:00:00.000Z");
    expect(parsed.targets).toEqual(
      expect.arrayContaining([
        {
          milestone: "2021-12",
          groupId: 11,
          comparator: "AT_LEAST",
          rateBp: 9_500,
          assignedCount: null,
          responsibleAgency: "Sở Lao động – Thương binh và Xã hội",
          bySchoolYear: false,
        },
        {
          milestone: "2021-12",
          groupId: 14,
          comparator: "EXACTLY",
          rateBp: 10_000,
          assignedCount: null,
          responsibleAgency: "Sở Giáo dục và Đào tạo",
          bySchoolYear: true,
        },
        {
          milestone: "2021-12",
          groupId: 15,
          comparator: "AT_LEAST",
          rateBp: 9_100,
          assignedCount: null,
          responsibleAgency: null,
          bySchoolYear: false,
        },
      ]),
    );
    expect(parsed.targets).toHaveLength(3); // the empty overall row is no target
  });

  it("refuses a school year on the overall target, which counts the whole population, naming the field", () => {
    const result = createPlanSchema.safeParse({ ...bacLieu, "target.0.all.rate": "95", "schoolYear.all": "on" });
    expect(result.success).toBe(false);
    expect(errorsOf(result)).toEqual({
      "schoolYear.all": ["Chỉ chỉ tiêu của một nhóm mới tính theo năm học, không phải chỉ tiêu chung"],
    });
    expect(errorsOf(result, MESSAGES.en)["schoolYear.all"]).toEqual([
      "Only a group’s target can count by school year, not the overall target",
    ]);
  });

  it("reads a 2022–2025 plan with a milestone per year and an assigned number", () => {
    const parsed = createPlanSchema.parse({
      ...bacLieu,
      periodStart: "2022-01",
      periodEnd: "2025-12",
      issuedOn: "2022-01-01",
      "milestone.0": "2023-12",
      "milestone.1": "2022-12",
      "milestone.2": "2025-12",
      "milestone.3": "2024-12",
      "target.1.all.rate": "99",
      "target.0.all.rate": "99,0",
      "target.3.all.rate": "99.00",
      "target.2.all.rate": "99,5",
      "target.2.all.count": "1.869.000",
    });
    expect(parsed.milestones).toEqual(["2022-12", "2023-12", "2024-12", "2025-12"]);
    const overall = parsed.targets
      .filter((target) => target.groupId === null)
      .sort((a, b) => a.milestone.localeCompare(b.milestone));
    expect(overall.map((target) => [target.milestone, target.rateBp, target.assignedCount])).toEqual([
      ["2022-12", 9_900, null],
      ["2023-12", 9_900, null],
      ["2024-12", 9_900, null],
      ["2025-12", 9_950, 1_869_000],
    ]);
  });

  it("reports every error at once, in Vietnamese, on its input", () => {
    const result = createPlanSchema.safeParse({
      ...bacLieu,
      number: " ",
      issuedOn: "2021-02-30",
      periodStart: "2021-12",
      periodEnd: "2021-07",
      "milestone.0": "2021-12",
      "target.0.11.rate": "95,555",
      "target.0.14.rate": "101",
      "target.0.15.count": "12,5",
    });
    expect(result.success).toBe(false);
    const errors = errorsOf(result);
    expect(errors.number).toEqual(["Vui lòng nhập số hiệu kế hoạch (ví dụ 119/KH-UBND)"]);
    expect(errors.issuedOn).toEqual(["Ngày ban hành không hợp lệ"]);
    expect(errors.periodEnd).toEqual(["Tháng kết thúc phải bằng hoặc sau tháng bắt đầu"]);
    expect(errors["target.0.11.rate"]?.[0]).toMatch(/^Tỷ lệ phải là số lớn hơn 0 và không quá 100/);
    expect(errors["target.0.14.rate"]?.[0]).toMatch(/^Tỷ lệ phải/);
    expect(errors["target.0.15.count"]?.[0]).toMatch(/^Số người phải là số nguyên/);
  });

  it("requires milestones inside the period, without duplicates, the last one at the period's end", () => {
    const outside = errorsOf(createPlanSchema.safeParse({ ...bacLieu, "milestone.0": "2022-03" }));
    expect(outside["milestone.0"]).toEqual(["Mốc tháng 3/2022 nằm ngoài thời gian của kế hoạch"]);
    const early = errorsOf(createPlanSchema.safeParse({ ...bacLieu, "milestone.0": "2021-09" }));
    expect(early.milestones?.[0]).toMatch(/^Mốc cuối cùng phải là tháng kết thúc của kế hoạch \(tháng 12\/2021\)/);
    const twice = errorsOf(createPlanSchema.safeParse({ ...bacLieu, "milestone.1": "2021-12" }));
    expect(twice["milestone.1"]).toEqual(["Mốc tháng 12/2021 bị trùng"]);
    const withoutMilestones = Object.fromEntries(Object.entries(bacLieu).filter(([name]) => name !== "milestone.0"));
    const none = errorsOf(createPlanSchema.safeParse(withoutMilestones));
    expect(none.milestones).toEqual(["Cần ít nhất một mốc chỉ tiêu (tháng phải đạt chỉ tiêu)"]);
  });

  it("refuses a milestone without any target and an edit without its version", () => {
    const empty = errorsOf(
      createPlanSchema.safeParse({
        ...bacLieu,
        "target.0.11.rate": "",
        "target.0.14.rate": "",
        "target.0.15.rate": "",
      }),
    );
    expect(empty["milestone.0"]?.[0]).toMatch(/^Mốc tháng 12\/2021 chưa có chỉ tiêu nào/);
    const edit = errorsOf(updatePlanSchema.safeParse({ ...bacLieu, planId: "7" }));
    expect(edit.version).toEqual(["Phiên bản không hợp lệ"]);
  });

  it("words the same errors in English for an English reader, months written the English way", () => {
    const result = createPlanSchema.safeParse({
      ...bacLieu,
      number: " ",
      issuedOn: "2021-02-30",
      "milestone.0": "2022-03",
      "target.0.11.rate": "101",
    });
    const errors = errorsOf(result, MESSAGES.en);
    expect(errors.number).toEqual(["Enter the plan's number (e.g. 119/KH-UBND)"]);
    expect(errors.issuedOn).toEqual(["The date issued is not a valid date"]);
    expect(errors["milestone.0"]).toEqual(["Milestone Mar 2022 lies outside the plan's period"]);
    expect(errors["target.0.11.rate"]?.[0]).toMatch(/^The rate must be a number above 0 and at most 100/);
    const threshold = errorsOf(
      thresholdSchema.safeParse({ level: "X", validFrom: "2021-01", rate: "95", legalBasis: "" }),
      MESSAGES.en,
    );
    // The threshold form words its own codes (t.plans.thresholds.issues).
    expect(threshold).toEqual({ level: ["levelRequired"], legalBasis: ["legalBasisRequired"] });
    expect(MESSAGES.en.plans.thresholds.issues.levelRequired).toBe(
      "Choose a level (New Rural Area commune or model commune).",
    );
  });
});

describe("typed values", () => {
  it("reads rates with a comma or a point and at most two decimals", () => {
    expect(parseRatePercent("99,5")).toBe(9_950);
    expect(parseRatePercent("92.60")).toBe(9_260);
    expect(parseRatePercent(" 95 % ")).toBe(9_500);
    expect(parseRatePercent("100")).toBe(10_000);
    expect(parseRatePercent("")).toBeNull();
    for (const bad of ["0", "100,01", "95,555", "-5", "abc", "9 5,5,5"]) expect(parseRatePercent(bad)).toBe("invalid");
  });

  it("reads numbers of people with Vietnamese thousands separators", () => {
    expect(parseAssignedCount("16.796")).toBe(16_796);
    expect(parseAssignedCount("16796")).toBe(16_796);
    expect(parseAssignedCount("12,5")).toBe("invalid");
    expect(parseAssignedCount("-3")).toBe("invalid");
  });

  it("writes rates back in the reader's convention", () => {
    expect(rateInputValue(9_950, ",")).toBe("99,5");
    expect(rateInputValue(9_515, ".")).toBe("95.15");
    expect(rateInputValue(10_000, ",")).toBe("100");
    expect(rateInputValue(9_505, ",")).toBe("95,05");
  });
});

describe("allocation and threshold forms", () => {
  it("reads each child's share and refuses bad cells on their input", () => {
    const parsed = allocationSchema.parse({
      planId: "3",
      version: "2",
      parentUnitId: "24",
      milestone: "2022-12",
      row: "all",
      "unit.221.rate": "99",
      "unit.221.count": "230.846",
      "unit.221.agency": "BHXH thị xã Việt Yên",
      "unit.213.rate": "",
      "unit.213.count": "",
      "unit.213.agency": "",
    });
    expect(parsed).toEqual({
      planId: 3,
      version: 2,
      parentUnitId: 24,
      milestone: "2022-12",
      groupId: null,
      rows: [{ unitId: 221, rateBp: 9_900, assignedCount: 230_846, responsibleAgency: "BHXH thị xã Việt Yên" }],
    });
    const bad = errorsOf(
      allocationSchema.safeParse({
        planId: "3",
        version: "2",
        parentUnitId: "24",
        milestone: "2022-12",
        row: "all",
        "unit.221.rate": "199",
        "unit.222.agency": "BHXH",
      }),
    );
    expect(bad["unit.221.rate"]?.[0]).toMatch(/^Tỷ lệ phải/);
    expect(bad["unit.222.agency"]).toEqual(["Nhập tỷ lệ hoặc số người giao cho đơn vị này, hoặc xoá tên cơ quan"]);
  });

  it("reads a threshold and reports all its errors", () => {
    expect(
      thresholdSchema.parse({
        level: "STANDARD",
        validFrom: "2016-01",
        validTo: "2020-12",
        rate: "85",
        legalBasis: "Quyết định 1980/QĐ-TTg",
      }),
    ).toEqual({
      id: null,
      version: null,
      level: "STANDARD",
      validFrom: "2016-01",
      validTo: "2020-12",
      rateBp: 8_500,
      legalBasis: "Quyết định 1980/QĐ-TTg",
      notes: null,
      legalBasisEn: null,
      notesEn: null,
    });
    expect(
      thresholdSchema.parse({
        level: "MODEL",
        validFrom: "2021-01",
        rate: "95",
        legalBasis: "Quyết định 691/QĐ-TTg",
        legalBasisEn: " Decision 691/QĐ-TTg ",
        notesEn: "",
      }),
    ).toMatchObject({ legalBasisEn: "Decision 691/QĐ-TTg", notesEn: null });
    // Errors are codes, worded in the reader's language by the form (t.plans.thresholds.issues).
    const errors = errorsOf(
      thresholdSchema.safeParse({
        level: "X",
        validFrom: "2021-01",
        validTo: "2020-12",
        rate: "",
        legalBasis: "",
        notesEn: "x".repeat(1_001),
      }),
    );
    expect(errors).toEqual({
      level: ["levelRequired"],
      validTo: ["toBeforeFrom"],
      rate: ["rateInvalid"],
      legalBasis: ["legalBasisRequired"],
      notesEn: ["notesTooLong"],
    });
  });
});
