// Bắc Giang's 2022–2025 plan at its last milestone, from the demo seed. Old Bắc Giang (24) ended on
// 30 June 2025, so its plan view stops at 6/2025; the 2025 milestone is judged in 12/2025 on the
// communes and wards that succeeded Bắc Giang's communes: the outcome (met or missed, with the actual
// figure and the month), not a projection. The figures are checked against sums taken here through
// the ORM from the successions and the reports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { COUNTED_STATUSES } from "@/lib/coverage/counting-rule";
import { projectionStatus } from "@/lib/coverage/projection";
import { db } from "@/lib/db";
import { formatCount, formatPercent } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildMonthlyReportFile } from "@/lib/monthly-report/report-file";
import { monthToDate } from "@/lib/period";
import { getChildStandings, getGroupStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";
import { seedDemo } from "@/prisma/seed/seed-demo";

import { createTestUser } from "../fixtures/users";

let plan: { id: number; scopeUnitId: number; issuedOn: Date };

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["24"],
    from: "2024-05",
    to: "2026-01",
    today: new Date("2026-02-20T00:00:00Z"),
  });
  plan = await db.plan.findFirstOrThrow({
    where: { number: "KH-UBND tỉnh Bắc Giang 2022–2025" },
    select: { id: true, scopeUnitId: true, issuedOn: true },
  });
}, 240_000);

/** Insured and population in `month` of the base units valid then that succeeded the unit's communes. */
async function successorTotals(unitId: number, month: `${number}-${number}`) {
  const period = monthToDate(month);
  const communes = await db.unitClosure.findMany({
    where: { ancestorId: unitId, descendant: { children: { none: {} } } },
    select: { descendantId: true },
  });
  const own = new Set(communes.map((row) => row.descendantId));
  const links = await db.unitSuccession.findMany({
    where: { predecessorId: { in: [...own] }, successor: { validFrom: { lte: period } } },
    select: { successorId: true },
  });
  const successors = [...new Set(links.map((link) => link.successorId))];
  const predecessors = await db.unitSuccession.findMany({
    where: { successorId: { in: successors } },
    select: { predecessorId: true },
  });
  const whole = predecessors.every((link) => own.has(link.predecessorId));
  const reports = await db.unitMonthReport.findMany({
    where: { unitId: { in: successors }, period, status: { in: [...COUNTED_STATUSES.submitted] } },
    select: { unitId: true, population: true },
  });
  const counted = { unitId: { in: reports.map((report) => report.unitId) }, period };
  const figures = await db.enrollmentFigure.aggregate({ where: counted, _sum: { insured: true } });
  // Group 4 (pupils and students), in the only group set of the demo.
  const group4 = await db.enrollmentFigure.aggregate({
    where: { ...counted, group: { code: "4" } },
    _sum: { insured: true, eligible: true },
  });
  return {
    whole,
    successors: successors.length,
    population: reports.reduce((sum, report) => sum + report.population, 0),
    insured: figures._sum.insured ?? 0,
    group4: { insured: group4._sum.insured ?? 0, eligible: group4._sum.eligible ?? 0 },
  };
}

describe("Bắc Giang's 2022–2025 plan at its 2025 milestone", () => {
  it("is dated as the source has it: just issued on 6 December 2023", () => {
    expect(plan.issuedOn.toISOString().slice(0, 10)).toBe("2023-12-06");
  });

  it("shows the outcome at 12/2025 over the province's former area, not a projection", async () => {
    const { standing, afterEnd } = await getOverallStanding(plan.id, plan.scopeUnitId, "2025-06", "2024-06");
    expect(standing.target).toMatchObject({ rateBp: 9_950, inherited: false });
    expect(standing.target?.dueOn.toISOString().slice(0, 10)).toBe("2025-12-31");

    const expected = await successorTotals(plan.scopeUnitId, "2025-12");
    expect(expected.whole).toBe(true);
    expect(expected.successors).toBeGreaterThan(50);
    expect(afterEnd).toMatchObject({
      month: "2025-12",
      insured: expected.insured,
      population: expected.population,
      baseUnits: expected.successors,
    });
    expect(standing.projection).toMatchObject({ outcome: true, at: "2025-12" });
    expect(standing.projection!.rate).toBeCloseTo(expected.insured / expected.population, 12);
    expect(standing.outlook).toBe(projectionStatus(expected.insured / expected.population, 9_950));
  });

  it("judges a district whose communes went whole into new communes on their figures, others not at all", async () => {
    const rows = await getChildStandings(plan.id, plan.scopeUnitId, "2025-06");
    expect(rows).toHaveLength(10);
    let judged = 0;
    for (const { child, standing } of rows) {
      const expected = await successorTotals(child.id, "2025-12");
      if (expected.whole && expected.successors > 0) {
        judged += 1;
        expect(standing.projection).toMatchObject({ outcome: true, at: "2025-12" });
        expect(standing.projection!.rate).toBeCloseTo(expected.insured / expected.population, 12);
      } else {
        expect(standing.projection?.outcome ?? false).toBe(false);
      }
    }
    expect(judged).toBeGreaterThan(0);
  });

  it("judges the group targets of the ended province on its successors' group figures, in the view and its PDF", async () => {
    const groups = await getGroupStandings(plan.id, plan.scopeUnitId, "2025-06", "2024-06");
    const pupils = groups.find((row) => row.group.code === "4")!;
    expect(pupils.standing.target).toMatchObject({ rateBp: 10_000 });
    const expected = await successorTotals(plan.scopeUnitId, "2025-12");
    expect(expected.group4.eligible).toBeGreaterThan(0);
    expect(pupils.afterEnd).toMatchObject({ month: "2025-12", ...expected.group4 });
    expect(pupils.standing.projection).toMatchObject({ outcome: true, at: "2025-12" });
    const rate = expected.group4.insured / expected.group4.eligible;
    expect(pupils.standing.projection!.rate).toBeCloseTo(rate, 12);
    // Groups without a target of the plan are not judged.
    expect(groups.filter((row) => row.standing.target?.planId === plan.id).map((row) => row.group.code)).toEqual(["4"]);

    // The PDF asked for from the plan's view: the same outcome, overall and for group 4.
    const vn = await db.unit.findFirstOrThrow({ where: { level: 0 }, select: { id: true } });
    const user = await createTestUser(db, { username: "bacgiang.pdf", role: "ADMIN", scopeUnitId: vn.id });
    const file = await buildMonthlyReportFile({
      user,
      printedBy: "x",
      printedAt: new Date("2026-02-20T00:00:00Z"),
      unitCode: "24",
      query: new URLSearchParams(`month=2025-06&plan=${plan.id}`),
      locale: "vi",
      t: MESSAGES.vi,
    });
    if (file.kind !== "ready") throw new Error(JSON.stringify(file));
    const dir = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
    writeFileSync(path.join(dir, "plan.pdf"), file.bytes);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "plan.pdf"), "-"], { encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    const flat = text.replace(/\s+/g, " ");
    const { standing } = await getOverallStanding(plan.id, plan.scopeUnitId, "2025-06", "2024-06");
    const verdict = (met: boolean) => (met ? "Đạt" : "Không đạt");
    expect(flat).toContain("Theo kế hoạch KH-UBND tỉnh Bắc Giang 2022–2025");
    expect(flat).toContain("Kết quả tại mốc 31/12/2025");
    expect(flat).toContain(
      `${verdict(standing.outlook === "onTrack")} (${formatPercent(standing.projection!.rate, "vi")})`,
    );
    expect(flat).toContain(
      `${verdict(pupils.standing.outlook === "onTrack")} (${formatPercent(rate, "vi")}) · tháng 12/2025, trên địa bàn cũ: ${formatCount(expected.group4.insured, "vi")} có thẻ / ${formatCount(expected.group4.eligible, "vi")} thuộc diện`,
    );
    expect(flat).toContain(
      `trên địa bàn cũ của Tỉnh Bắc Giang: ${formatCount(expected.insured, "vi")} người có thẻ / ${formatCount(expected.population, "vi")} dân số`,
    );
    expect(flat).not.toContain("Dự báo");
  });
});
