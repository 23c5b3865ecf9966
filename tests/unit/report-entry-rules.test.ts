// The pure rules of report entry: which statuses can be edited and what a save leaves, which month
// to report (in Vietnam's time), what the form checks live (the same check as the server), how a
// figure's history and the changes since a version are read from audit snapshots, and when a
// typed draft says the same as the stored report.
import { describe, expect, it } from "vitest";

import { currentMonth } from "@/lib/clock";
import type { Month } from "@/lib/period";
import { checkReport, isSavable } from "@/lib/reports/check-report";
import { changesSince, fieldHistory, type ReportAuditEntry } from "@/lib/reports/figure-history";
import { sameEntries } from "@/lib/reports/report-draft";
import { isMonthOpen, latestOpenMonth, monthOpensOn, monthToReport } from "@/lib/reports/report-month";
import { isEditableStatus, saveOutcome, statusAfterSave } from "@/lib/reports/report-status";
import type { ReportingRule } from "@/lib/reports/review-rules";
import type { ReportValues } from "@/lib/validation/report-values";

describe("report status", () => {
  it("lets drafts, returned and submitted reports (and missing ones) be edited, not approved or locked ones", () => {
    expect(
      [null, "DRAFT", "RETURNED", "SUBMITTED", "APPROVED", "LOCKED"].map((status) => isEditableStatus(status as never)),
    ).toEqual([true, true, true, true, false, false]);
  });

  it("makes a saved report a draft again, keeps a returned one returned, and a submission submitted", () => {
    expect(statusAfterSave(null, "save")).toBe("DRAFT");
    expect(statusAfterSave("SUBMITTED", "save")).toBe("DRAFT");
    expect(statusAfterSave("RETURNED", "save")).toBe("RETURNED");
    expect(statusAfterSave("RETURNED", "submit")).toBe("SUBMITTED");
    expect(statusAfterSave(null, "submit")).toBe("SUBMITTED");
  });

  it("names what a save did: a submitted report saved as a draft is withdrawn from review, submitted again it is replaced", () => {
    expect(saveOutcome(null, "save")).toBe("saved");
    expect(saveOutcome("DRAFT", "save")).toBe("saved");
    expect(saveOutcome("RETURNED", "save")).toBe("savedReturned");
    expect(saveOutcome("SUBMITTED", "save")).toBe("withdrawn");
    expect(saveOutcome("SUBMITTED", "submit")).toBe("resubmitted");
    expect(saveOutcome("RETURNED", "submit")).toBe("submitted");
    expect(saveOutcome(null, "submit")).toBe("submitted");
  });
});

describe("report month", () => {
  it("counts months in Vietnam's time (UTC+7)", () => {
    expect(currentMonth(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11");
    expect(currentMonth(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
  });

  const rule = (effectiveFrom: Month, opensDaysBeforeEnd: number): ReportingRule => ({
    effectiveFrom,
    approverLevel: 1,
    deadlineDay: 5,
    opensDaysBeforeEnd,
    remindDaysBeforeDeadline: 3,
  });

  it("opens a month for entry once it has ended, never on 3 December for December", () => {
    const rules = [rule("2018-01", 0)];
    const thirdOfDecember = new Date("2026-12-03T03:00:00Z");
    expect(isMonthOpen("2026-12", rules, thirdOfDecember)).toBe(false);
    expect(isMonthOpen("2026-11", rules, thirdOfDecember)).toBe(true);
    expect(latestOpenMonth(rules, thirdOfDecember)).toBe("2026-11");
    // Midnight of 1 January in Hà Nội is 17:00 UTC on 31 December.
    expect(isMonthOpen("2026-12", rules, new Date("2026-12-31T16:59:00Z"))).toBe(false);
    expect(isMonthOpen("2026-12", rules, new Date("2026-12-31T17:00:00Z"))).toBe(true);
    expect(monthOpensOn("2026-12", rules)).toEqual(new Date("2027-01-01T00:00:00Z"));
    // Without a rule, the same.
    expect(latestOpenMonth([], thirdOfDecember)).toBe("2026-11");
  });

  it("opens a month in its last days when the rule in force for it allows it", () => {
    const rules = [rule("2018-01", 0), rule("2026-12", 3)];
    // December opens 3 days before its end: on 29/12, from midnight in Hà Nội.
    expect(monthOpensOn("2026-12", rules)).toEqual(new Date("2026-12-29T00:00:00Z"));
    expect(isMonthOpen("2026-12", rules, new Date("2026-12-28T16:59:00Z"))).toBe(false);
    expect(isMonthOpen("2026-12", rules, new Date("2026-12-28T17:00:00Z"))).toBe(true);
    expect(latestOpenMonth(rules, new Date("2026-12-29T03:00:00Z"))).toBe("2026-12");
    // November's rule opens it only once it has ended; February's last 3 days start on the 26th.
    expect(monthOpensOn("2026-11", rules)).toEqual(new Date("2026-12-01T00:00:00Z"));
    expect(monthOpensOn("2027-02", rules)).toEqual(new Date("2027-02-26T00:00:00Z"));
  });

  it("sends staff to the last complete month until it is submitted, then to the current month", () => {
    const now = new Date("2026-11-03T03:00:00Z");
    expect(monthToReport(null, now)).toBe("2026-10");
    expect(monthToReport("DRAFT", now)).toBe("2026-10");
    expect(monthToReport("RETURNED", now)).toBe("2026-10");
    expect(monthToReport("SUBMITTED", now)).toBe("2026-11");
    expect(monthToReport("APPROVED", now)).toBe("2026-11");
  });
});

const steady: ReportValues = {
  population: 10_000,
  voluntarySocialInsured: 100,
  voluntarySocialAssigned: 200,
  groups: { "1": { insured: 900, eligible: 1_000, newlyEnrolled: 10, renewed: 40 } },
};
const history = [0, 1, 2, 3, 4, 5].map((i) => ({
  ...steady,
  population: 10_000 + i * 10,
  groups: { "1": { ...steady.groups["1"]!, insured: 900 + i * 5 } },
}));
const form = (overrides: Record<string, string>) => ({
  population: "10.060",
  voluntarySocialInsured: "100",
  voluntarySocialAssigned: "200",
  "g1.insured": "930",
  "g1.eligible": "1000",
  "g1.newlyEnrolled": "10",
  "g1.renewed": "40",
  ...overrides,
});

describe("checkReport", () => {
  it("accepts an ordinary month with no warning", () => {
    const check = checkReport(form({}), ["1"], history);
    expect(check.issues).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(isSavable(check)).toBe(true);
  });

  it("warns as soon as a group's four figures are in, even while other fields are missing", () => {
    const check = checkReport(form({ population: "", "g1.insured": "1100" }), ["1"], history);
    expect(check.issues.map((issue) => issue.field)).toEqual(["population"]);
    expect(check.warnings.map((warning) => `${warning.field}:${warning.code}`).sort()).toEqual([
      "g1.insured:jump",
      "g1.insured:rateAbove100",
      "g1.newlyEnrolled:growthAboveEnrolled",
    ]);
    expect(isSavable(check)).toBe(false);
  });

  it("needs a reason of at least 3 characters for each warning, and keeps the reasons given", () => {
    const unusual = form({ "g1.insured": "1100", "g1.newlyEnrolled": "200" });
    const missing = checkReport({ ...unusual, "reason:g1.insured:rateAbove100": "  ok " }, ["1"], history);
    expect(
      missing.unconfirmed.map(({ warning, problem }) => `${warning.field}:${warning.code}:${problem}`).sort(),
    ).toEqual([
      "g1.insured:jump:reasonMissing",
      "g1.insured:rateAbove100:reasonMissing",
      "g1.newlyEnrolled:jump:reasonMissing",
    ]);
    const confirmed = checkReport(
      {
        ...unusual,
        "reason:g1.insured:rateAbove100": "Thẻ cấp cho người  mới chuyển đến",
        "reason:g1.insured:jump": "Chiến dịch tháng cao điểm",
        "reason:g1.newlyEnrolled:jump": "Chiến dịch tháng cao điểm",
      },
      ["1"],
      history,
    );
    expect(isSavable(confirmed)).toBe(true);
    expect(confirmed.confirmed).toContainEqual({
      field: "g1.insured",
      code: "rateAbove100",
      reason: "Thẻ cấp cho người mới chuyển đến",
    });
  });
});

describe("figure history", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, minute));
  const snapshot = (version: number, population: number, insured: number) => ({
    version,
    status: "DRAFT",
    population,
    voluntarySocialInsured: 100,
    voluntarySocialAssigned: 200,
    groups: { "1": { insured, eligible: 1_000, newlyEnrolled: 10, renewed: 40 } },
  });
  const entries: ReportAuditEntry[] = [
    { id: 1, at: at(0), by: "An", action: "report.save", before: null, after: snapshot(1, 10_000, 900) },
    {
      id: 2,
      at: at(5),
      by: "Bình",
      action: "report.save",
      before: snapshot(1, 10_000, 900),
      after: snapshot(2, 10_050, 900),
    },
    {
      id: 3,
      at: at(9),
      by: null,
      action: "report.approve",
      before: { status: "SUBMITTED" },
      after: { status: "APPROVED" },
    },
    {
      id: 4,
      at: at(10),
      by: "Chi",
      action: "report.submit",
      before: snapshot(2, 10_050, 900),
      after: snapshot(3, 10_000, 910),
    },
  ];

  it("lists each figure's changes newest first, from nothing at creation", () => {
    const history = fieldHistory(entries);
    expect(history.population?.map(({ by, from, to }) => [by, from, to])).toEqual([
      ["Chi", 10_050, 10_000],
      ["Bình", 10_000, 10_050],
      ["An", null, 10_000],
    ]);
    expect(history["g1.insured"]?.map(({ from, to }) => [from, to])).toEqual([
      [900, 910],
      [null, 900],
    ]);
    expect(history["g1.eligible"]).toHaveLength(1);
  });

  it("folds the changes made after a version per field, leaving out fields back to their value", () => {
    expect(changesSince(entries, 1)).toEqual([{ field: "g1.insured", from: 900, to: 910, by: "Chi", at: at(10) }]);
    expect(changesSince(entries, 2)).toEqual([
      { field: "population", from: 10_050, to: 10_000, by: "Chi", at: at(10) },
      { field: "g1.insured", from: 900, to: 910, by: "Chi", at: at(10) },
    ]);
    expect(changesSince(entries, 3)).toEqual([]);
    expect(changesSince(entries, 0).map((change) => change.field)).toContain("population");
  });
});

describe("sameEntries", () => {
  it("reads 16.984 as 16984 and ignores spaces, empty and missing fields", () => {
    expect(sameEntries({ population: "16.984", g: " 5 " }, { population: "16984", g: "5", h: "" })).toBe(true);
    expect(sameEntries({ population: "16.984" }, { population: "16985" })).toBe(false);
    expect(sameEntries({ reason: "Lý do A" }, { reason: "Lý do B" })).toBe(false);
  });
});
