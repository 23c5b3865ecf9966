// The rules that decide what a report may say: impossible denominators are errors; more enrolled and
// renewed than insured, and groups' eligible people adding up to more than the population, are
// warnings that need a reason; jumps are scored on month-to-month changes, with a minimum change, for
// every group figure including new enrollments and renewals.
import { describe, expect, it } from "vitest";

import { checkReport, isSavable } from "@/lib/reports/check-report";
import { reportWarnings } from "@/lib/reports/report-warnings";
import { readReportValues, type GroupFigures, type ReportValues } from "@/lib/validation/report-values";

const figures = (overrides: Partial<GroupFigures> = {}): GroupFigures => ({
  insured: 900,
  eligible: 1_000,
  newlyEnrolled: 10,
  renewed: 40,
  ...overrides,
});
const report = (population: number, group: Partial<GroupFigures> = {}): ReportValues => ({
  population,
  voluntarySocialInsured: null,
  voluntarySocialAssigned: null,
  groups: { "1": figures(group) },
});
const codes = (values: ReportValues, history: readonly ReportValues[] = []) =>
  reportWarnings(values, history).map((warning) => `${warning.field}:${warning.code}`);

describe("impossible denominators are errors", () => {
  const read = (raw: Record<string, string>) =>
    readReportValues(
      {
        population: "10000",
        "g1.insured": "900",
        "g1.eligible": "1000",
        "g1.newlyEnrolled": "10",
        "g1.renewed": "40",
        ...raw,
      },
      ["1"],
    );

  it("refuses people insured with a population of 0", () => {
    expect(read({ population: "0" })).toEqual({
      ok: false,
      issues: [{ field: "population", code: "populationZeroWithInsured", params: { insured: 900 } }],
    });
  });

  it("refuses people insured in a group with 0 eligible", () => {
    expect(read({ "g1.eligible": "0" })).toEqual({
      ok: false,
      issues: [{ field: "g1.eligible", code: "eligibleZeroWithInsured", params: { group: "1", insured: 900 } }],
    });
  });

  it("are listed with the other errors of the form, not after they are fixed", () => {
    const result = readReportValues(
      {
        population: "0",
        "g1.insured": "900",
        "g1.eligible": "0",
        "g1.newlyEnrolled": "10",
        "g1.renewed": "40",
        "g2.insured": "abc",
        "g2.eligible": "",
        "g2.newlyEnrolled": "1",
        "g2.renewed": "1",
      },
      ["1", "2"],
    );
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      "g2.insured:notWholeNumber",
      "g2.eligible:required",
      "population:populationZeroWithInsured",
      "g1.eligible:eligibleZeroWithInsured",
    ]);
  });

  it("still accepts a population or a group of 0 with nobody insured", () => {
    expect(
      read({ population: "0", "g1.insured": "0", "g1.eligible": "0", "g1.newlyEnrolled": "0", "g1.renewed": "0" }).ok,
    ).toBe(true);
  });

  it("does not also warn of a rate above 100% on a zero denominator", () => {
    expect(codes(report(0))).not.toContain("population:rateAbove100");
    expect(codes(report(10_000, { eligible: 0 }))).not.toContain("g1.insured:rateAbove100");
  });
});

describe("warnings that need a reason", () => {
  it("warns, without refusing, when new enrollments and renewals exceed the people insured", () => {
    // Household cards paid this month take effect 30 days later: 120 new, 40 renewed, 150 insured.
    expect(
      readReportValues(
        {
          population: "10000",
          "g1.insured": "150",
          "g1.eligible": "1000",
          "g1.newlyEnrolled": "120",
          "g1.renewed": "40",
        },
        ["1"],
      ).ok,
    ).toBe(true);
    const [warning] = reportWarnings(report(10_000, { insured: 150, newlyEnrolled: 120 }), []);
    expect(warning).toEqual({
      field: "g1.newlyEnrolled",
      code: "enrolledAboveInsured",
      params: { group: "1", enrolled: 160, insured: 150 },
    });
  });

  it("saves such a report once the warning is confirmed with a reason", () => {
    const posted = {
      population: "10000",
      "g1.insured": "150",
      "g1.eligible": "1000",
      "g1.newlyEnrolled": "120",
      "g1.renewed": "40",
    };
    expect(isSavable(checkReport(posted, ["1"], []))).toBe(false);
    const confirmed = checkReport(
      { ...posted, "reason:g1.newlyEnrolled:enrolledAboveInsured": "Thẻ hộ gia đình có hiệu lực sau 30 ngày" },
      ["1"],
      [],
    );
    expect(isSavable(confirmed)).toBe(true);
  });

  it("warns when the groups' eligible people add up to more than the population", () => {
    const values: ReportValues = {
      ...report(1_500),
      groups: { "1": figures(), "2": figures({ insured: 400, eligible: 600 }) },
    };
    expect(reportWarnings(values, [])).toContainEqual({
      field: "population",
      code: "eligibleAbovePopulation",
      params: { eligible: 1_600, population: 1_500 },
    });
    expect(codes({ ...values, population: 1_600 })).not.toContain("population:eligibleAbovePopulation");
  });
});

describe("jump warnings score month-to-month changes", () => {
  const months = (count: number, value: (i: number) => Partial<GroupFigures>, population = 20_000) =>
    Array.from({ length: count }, (_, i) => report(population, value(i)));
  const jumps = (values: ReportValues, history: readonly ReportValues[]) =>
    codes(values, history).filter((code) => code.endsWith(":jump"));

  it("does not flag +16 people on 16,984 (0.1%) after a steady year", () => {
    // 11 months at 16,984 insured, one at 16,990, then 17,000.
    const history = [
      ...months(11, () => ({ insured: 16_984, eligible: 17_500 })),
      report(20_000, { insured: 16_990, eligible: 17_500 }),
    ];
    expect(jumps(report(20_000, { insured: 17_000, eligible: 17_500 }), history)).toEqual([]);
  });

  it("flags new enrollments going from about 72 to 1,500", () => {
    const usual = [70, 75, 68, 72, 80, 65, 71, 74, 69, 73, 72];
    const history = months(usual.length, (i) => ({
      newlyEnrolled: usual[i]!,
      insured: 16_000 + i * 80,
      eligible: 17_500,
    }));
    const campaign = report(20_000, { newlyEnrolled: 1_500, insured: 16_880 + 1_500, eligible: 17_500 });
    expect(jumps(campaign, history)).toContain("g1.newlyEnrolled:jump");
    expect(reportWarnings(campaign, history)).toContainEqual({
      field: "g1.newlyEnrolled",
      code: "jump",
      params: { previous: 72, value: 1_500 },
    });
  });

  it("flags renewals too", () => {
    const history = months(12, (i) => ({ renewed: 400 + (i % 3) * 5, insured: 16_000, eligible: 17_500 }));
    expect(jumps(report(20_000, { renewed: 3_000, insured: 16_000, eligible: 17_500 }), history)).toEqual([
      "g1.renewed:jump",
    ]);
  });

  it("flags a campaign's lift once, and not the new stable level in the months after it", () => {
    const before = months(11, () => ({ insured: 10_000, eligible: 12_000 }));
    const lifted = report(20_000, { insured: 11_500, eligible: 12_000 });
    expect(jumps(lifted, before)).toEqual(["g1.insured:jump"]);
    let history = [...before, lifted];
    for (const insured of [11_510, 11_505, 11_520, 11_515, 11_530]) {
      const month = report(20_000, { insured, eligible: 12_000 });
      expect(jumps(month, history)).toEqual([]);
      history = [...history, month].slice(-12);
    }
  });

  it("does not flag a change of a few people in a small group, however steady it was", () => {
    const history = months(12, () => ({ insured: 20, eligible: 25, newlyEnrolled: 0, renewed: 0 }));
    expect(jumps(report(20_000, { insured: 23, eligible: 25, newlyEnrolled: 3, renewed: 0 }), history)).toEqual([]);
  });

  it("still flags a population that triples", () => {
    const history = Array.from({ length: 12 }, (_, i) => report(10_000 + i * 5));
    expect(jumps(report(30_000), history)).toEqual(["population:jump"]);
  });
});
