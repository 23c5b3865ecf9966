// The review list's figures per participant group (lib/queries/get-month-group-figures.ts, through
// lib/queries/get-review-list.ts), on the scope tree (tests/fixtures/scope-tree.ts): each commune's
// groups for the month beside the month before, matched by group code; none the month before when
// the commune did not report it or did not exist yet (July 2025); the warnings the commune confirmed
// with their reasons; and only communes in the reviewer's scope, whatever unit is asked for.
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getMonthGroupFigures } from "@/lib/queries/get-month-group-figures";
import { getReviewList } from "@/lib/queries/get-review-list";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";

const JUNE: Month = "2025-06";
const JULY: Month = "2025-07";
const SEPTEMBER: Month = "2025-09";
const OCTOBER: Month = "2025-10";
/** After October's deadline (the 5th of November under the migration's rule). */
const AT = new Date("2025-11-20T03:00:00Z");

const WARNING = { field: "g1.insured", code: "jump", reason: "Đầu năm học mới, học sinh tham gia BHYT theo trường." };

let tree: ScopeTree;
const users = {} as Record<"newProvince" | "otherProvince" | "oldDistrict" | "admin", ActionUser>;

/** A report of `unitId` for `month` with [insured, eligible] per group code "1" and "2". */
async function report(
  groupIds: Record<string, number>,
  unitId: number,
  month: Month,
  groups: Record<"1" | "2", [number, number]>,
  extra: { status?: "SUBMITTED" | "APPROVED"; confirmedWarnings?: object[] } = {},
) {
  const period = monthToDate(month);
  await db.unitMonthReport.create({
    data: {
      unitId,
      period,
      population: 10_000,
      status: extra.status ?? "SUBMITTED",
      confirmedWarnings: extra.confirmedWarnings,
    },
  });
  await db.enrollmentFigure.createMany({
    data: Object.entries(groups).map(([code, [insured, eligible]]) => ({
      unitId,
      period,
      groupId: groupIds[code]!,
      insured,
      eligible,
      newlyEnrolled: 0,
      renewed: 0,
    })),
  });
}

beforeAll(async () => {
  tree = await createScopeTree(db);
  const groupSet = await db.groupSet.create({
    data: { code: "TEST-REVIEW", name: "Nhóm thử", legalBasis: "thử nghiệm", validFrom: monthToDate("2015-01") },
  });
  // Created in reverse, so that the groups' order comes from their ordinal, not their ids.
  const second = await db.participantGroup.create({
    data: { groupSetId: groupSet.id, code: "2", ordinal: 2, name: "Nhóm hai", shortName: "Hộ gia đình" },
  });
  // Group 1 has English names, group 2 none (a set entered without them).
  const first = await db.participantGroup.create({
    data: {
      groupSetId: groupSet.id,
      code: "1",
      ordinal: 1,
      name: "Nhóm một",
      shortName: "Người lao động",
      nameEn: "Group one",
      shortNameEn: "Employees",
    },
  });
  const ids = { "1": first.id, "2": second.id };

  await report(ids, tree.c20001, SEPTEMBER, { "1": [1_450, 1_600], "2": [5_950, 6_100] }, { status: "APPROVED" });
  await report(
    ids,
    tree.c20001,
    OCTOBER,
    { "1": [1_500, 1_600], "2": [5_900, 6_100] },
    { confirmedWarnings: [WARNING] },
  );
  // Phường Cát Đông did not report September.
  await report(ids, tree.c20002, OCTOBER, { "1": [300, 400], "2": [1_000, 1_000] });
  // Another province's commune, both months.
  await report(ids, tree.c22001, SEPTEMBER, { "1": [10, 20], "2": [30, 40] }, { status: "APPROVED" });
  await report(ids, tree.c22001, OCTOBER, { "1": [11, 20], "2": [31, 40] });
  // Across the reorganisation: Xã An reported June, its successor Xã An Bình July.
  await report(ids, tree.c10001, JUNE, { "1": [700, 800], "2": [2_900, 3_000] }, { status: "APPROVED" });
  await report(ids, tree.c20001, JULY, { "1": [1_400, 1_600], "2": [5_800, 6_100] });

  const user = (username: string, role: ActionUser["role"], scopeUnitId: number) =>
    createTestUser(db, { username, role, scopeUnitId });
  users.newProvince = await user("figures.n10", "PROVINCIAL_OFFICIAL", tree.n10);
  users.otherProvince = await user("figures.n12", "PROVINCIAL_OFFICIAL", tree.n12);
  users.oldDistrict = await user("figures.d100", "DISTRICT_OFFICER", tree.d100);
  users.admin = await user("figures.admin", "ADMIN", tree.vn);
});

/** The figures as plain data, by commune id. */
const plain = (figures: Awaited<ReturnType<typeof getMonthGroupFigures>>) => Object.fromEntries(figures);

describe("each commune's figures per group", () => {
  it("gives this month and last month per group, in the groups' order, with the groups' names in both languages", async () => {
    const figures = plain(await getMonthGroupFigures(users.newProvince, tree.n10, OCTOBER));
    const one = {
      code: "1",
      name: "Nhóm một",
      shortName: "Người lao động",
      nameEn: "Group one",
      shortNameEn: "Employees",
    };
    const two = { code: "2", name: "Nhóm hai", shortName: "Hộ gia đình", nameEn: null, shortNameEn: null };
    expect(figures).toEqual({
      [tree.c20001]: [
        { ...one, insured: 1_500, eligible: 1_600, previous: { insured: 1_450, eligible: 1_600 } },
        { ...two, insured: 5_900, eligible: 6_100, previous: { insured: 5_950, eligible: 6_100 } },
      ],
      [tree.c20002]: [
        { ...one, insured: 300, eligible: 400, previous: null },
        { ...two, insured: 1_000, eligible: 1_000, previous: null },
      ],
    });
  });

  it("has no previous figures in the first month of a commune created by the reorganisation", async () => {
    const figures = plain(await getMonthGroupFigures(users.newProvince, tree.n10, JULY));
    expect(Object.keys(figures)).toEqual([String(tree.c20001)]);
    expect(figures[tree.c20001]!.map((group) => group.previous)).toEqual([null, null]);
  });

  it("reaches the review list's rows, with the warnings the commune confirmed and their reasons", async () => {
    const list = await getReviewList(users.newProvince, tree.n10, OCTOBER, AT);
    const row = (unitId: number) => list!.rows.find((r) => r.unitId === unitId)!;
    expect(list!.rows.map((r) => r.unitId).sort()).toEqual([tree.c20001, tree.c20002].sort());
    expect(
      row(tree.c20001).groups.map(({ code, insured, eligible, previous }) => [code, insured, eligible, previous]),
    ).toEqual([
      ["1", 1_500, 1_600, { insured: 1_450, eligible: 1_600 }],
      ["2", 5_900, 6_100, { insured: 5_950, eligible: 6_100 }],
    ]);
    expect(row(tree.c20001).confirmedWarnings).toEqual([WARNING]);
    expect(row(tree.c20001).actions).toContain("approve");
    expect(row(tree.c20002).confirmedWarnings).toEqual([]);
    expect(row(tree.c20002).groups.map((group) => group.previous)).toEqual([null, null]);
  });
});

describe("scope", () => {
  it("gives nothing of a unit outside the reviewer's scope", async () => {
    expect((await getMonthGroupFigures(users.otherProvince, tree.n10, OCTOBER)).size).toBe(0);
    expect([...(await getMonthGroupFigures(users.newProvince, tree.n12, OCTOBER)).keys()]).toEqual([]);
  });

  it("keeps each reviewer to their own communes", async () => {
    expect([...(await getMonthGroupFigures(users.otherProvince, tree.n12, OCTOBER)).keys()]).toEqual([tree.c22001]);
    // The old district's officer follows its communes into Xã An Bình only, not Phường Cát Đông.
    expect([...(await getMonthGroupFigures(users.oldDistrict, tree.n10, OCTOBER)).keys()]).toEqual([tree.c20001]);
    // The whole country's reviewer gets every commune of the unit asked for, and only those.
    expect([...(await getMonthGroupFigures(users.admin, tree.n10, OCTOBER)).keys()].sort()).toEqual(
      [tree.c20001, tree.c20002].sort(),
    );
  });
});
