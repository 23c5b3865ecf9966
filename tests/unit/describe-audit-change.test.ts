import { describe, expect, it } from "vitest";

import { describeAuditChange } from "@/lib/audit/describe-change";
import { MESSAGES } from "@/lib/i18n/messages";

const rows = (before: unknown, after: unknown, locale: "vi" | "en") =>
  describeAuditChange(before, after, locale, MESSAGES[locale]).map(({ label, before: from, after: to }) => [
    label,
    from,
    to,
  ]);

// A report saved again (lib/reports/report-snapshot.ts): new enrollments of group 1 and the status changed.
const saved = {
  before: {
    version: 3,
    status: "DRAFT",
    population: 16_796,
    voluntarySocialInsured: 114,
    voluntarySocialAssigned: 201,
    groups: { "1": { insured: 1_200, eligible: 1_300, newlyEnrolled: 72, renewed: 20 } },
    confirmedWarnings: [],
  },
  after: {
    version: 4,
    status: "SUBMITTED",
    population: 16_796,
    voluntarySocialInsured: 114,
    voluntarySocialAssigned: 201,
    groups: { "1": { insured: 1_200, eligible: 1_300, newlyEnrolled: 1_500, renewed: 20 } },
    confirmedWarnings: [{ field: "g1.newlyEnrolled", code: "jump", reason: "Đợt cao điểm" }],
  },
};

describe("an audit entry's before and after, field by field", () => {
  it("shows only the changed fields of a report, labelled and worded in Vietnamese", () => {
    expect(rows(saved.before, saved.after, "vi")).toEqual([
      ["Phiên bản", "3", "4"],
      ["Trạng thái", "Bản nháp", "Đã gửi, chờ duyệt"],
      ["Nhóm 1 – Tham gia mới", "72", "1.500"],
      ["Cảnh báo đã xác nhận", "–", "1 mục"],
    ]);
  });

  it("shows the same in English, with no code key or enum value left", () => {
    expect(rows(saved.before, saved.after, "en")).toEqual([
      ["Version", "3", "4"],
      ["Status", "Draft", "Submitted, awaiting approval"],
      ["Group 1 – New enrollments", "72", "1,500"],
      ["Confirmed warnings", "–", "1 item"],
    ]);
  });

  it("shows every field of a creation, with rates, months and booleans formatted", () => {
    const threshold = {
      level: "STANDARD",
      validFrom: "2016-01",
      validTo: "2020-12",
      rateBp: 8_500,
      legalBasis: "Quyết định 1980/QĐ-TTg",
      notes: null,
    };
    expect(rows(null, threshold, "en")).toEqual([
      ["Level", null, "New Rural Area commune"],
      ["From", null, "Jan 2016"],
      ["To", null, "Dec 2020"],
      ["Threshold", null, "85.00%"],
      ["Legal basis", null, "Quyết định 1980/QĐ-TTg"],
      ["Notes", null, "–"],
    ]);
    expect(rows({ active: true }, { active: false }, "vi")).toEqual([["Đang hoạt động", "có", "không"]]);
  });

  it("writes moments and days unambiguously and keeps years and versions as they are", () => {
    expect(
      rows(
        null,
        { lockedUntil: "2026-12-03T14:10:00.000Z", issuedOn: "2021-08-18", year: 2025, reason: "invalid" },
        "en",
      ),
    ).toEqual([
      ["Locked until", null, "3 Dec 2026, 21:10"],
      ["Issued on", null, "18 Aug 2021"],
      ["Year", null, "2025"],
      ["Reason", null, "wrong username or password"],
    ]);
  });

  it("tells the values shown as they were written (entered data, kept in its language) from the app's own words", () => {
    const written = (before: unknown, after: unknown) =>
      describeAuditChange(before, after, "en", MESSAGES.en).map(({ label, written }) => [label, written]);
    expect(
      written(
        { name: "Đợt vận động cũ", status: "DRAFT", issuedOn: "2026-12-31", groupCodes: ["1", "2"] },
        { name: "Tháng cao điểm", status: "SUBMITTED", issuedOn: "2027-06-30", groupCodes: [] },
      ),
    ).toEqual([
      ["Name", { before: true, after: true }],
      ["Status", { before: false, after: false }],
      ["Issued on", { before: false, after: false }],
      ["groupCodes", { before: true, after: false }],
    ]);
    expect(written(null, { name: "" })).toEqual([["Name", { before: false, after: false }]]);
  });
});
