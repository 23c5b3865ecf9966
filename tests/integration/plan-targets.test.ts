// Target look-up on a real database: own and inherited targets, milestones and archived plans.
import { beforeAll, describe, expect, it } from "vitest";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { db } from "@/lib/db";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";

import { createSmallTree } from "../fixtures/small-tree";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let tree: Awaited<ReturnType<typeof createSmallTree>>;

beforeAll(async () => {
  tree = await createSmallTree(db);
  await db.plan.create({
    data: {
      number: "546/QĐ-TTg",
      title: "National",
      issuer: "Thủ tướng Chính phủ",
      issuedOn: day("2022-04-29"),
      scopeUnitId: tree.vn.id,
      periodStart: day("2022-01-01"),
      periodEnd: day("2025-12-31"),
      targets: {
        create: [
          { unitId: tree.vn.id, rateBp: 9_410, dueOn: day("2024-12-31") },
          { unitId: tree.vn.id, rateBp: 9_515, dueOn: day("2025-12-31") },
        ],
      },
    },
  });
  await db.plan.create({
    data: {
      number: "12/KH-UBND",
      title: "Province",
      issuer: "UBND tỉnh",
      issuedOn: day("2024-01-10"),
      scopeUnitId: tree.oldProvince.id,
      periodStart: day("2024-01-01"),
      periodEnd: day("2024-12-31"),
      targets: {
        create: [
          { unitId: tree.oldProvince.id, rateBp: 9_900, dueOn: day("2024-12-31") },
          { unitId: tree.districts.d100.id, rateBp: 9_800, assignedCount: 6_500, dueOn: day("2024-12-31") },
          { unitId: tree.oldProvince.id, groupId: tree.groups[0]!.id, rateBp: 9_500, dueOn: day("2024-12-31") },
        ],
      },
    },
  });
  await db.plan.create({
    data: {
      number: "99/KH-UBND",
      title: "Archived",
      issuer: "UBND tỉnh",
      issuedOn: day("2024-02-01"),
      scopeUnitId: tree.oldProvince.id,
      periodStart: day("2024-01-01"),
      periodEnd: day("2024-12-31"),
      archivedAt: new Date(),
      targets: { create: [{ unitId: tree.districts.d100.id, rateBp: 5_000, dueOn: day("2024-06-30") }] },
    },
  });
});

describe("applicable targets from the database", () => {
  it("gives a district its own allocated target, with the assigned number", async () => {
    const candidates = await getTargetCandidates([tree.districts.d100.id]);
    expect(applicableTarget(candidates, tree.districts.d100.id, null, "2024-05")).toMatchObject({
      planNumber: "12/KH-UBND",
      rateBp: 9_800,
      assignedCount: 6_500,
      inherited: false,
    });
  });

  it("lets a commune inherit its district's rate but not its assigned number", async () => {
    const communeId = tree.old["10001"]!;
    const candidates = await getTargetCandidates([communeId]);
    expect(applicableTarget(candidates, communeId, null, "2024-05")).toMatchObject({
      rateBp: 9_800,
      assignedCount: null,
      inherited: true,
    });
  });

  it("falls back to the national plan when the provincial plan has ended", async () => {
    const communeId = tree.old["10001"]!;
    const candidates = await getTargetCandidates([communeId]);
    expect(applicableTarget(candidates, communeId, null, "2025-03")).toMatchObject({
      planNumber: "546/QĐ-TTg",
      rateBp: 9_515,
    });
  });

  it("finds group targets separately and ignores archived plans", async () => {
    const districtId = tree.districts.d101.id;
    const candidates = await getTargetCandidates([districtId]);
    expect(candidates.some((c) => c.planNumber === "99/KH-UBND")).toBe(false);
    expect(applicableTarget(candidates, districtId, tree.groups[0]!.id, "2024-05")?.rateBp).toBe(9_500);
    expect(applicableTarget(candidates, districtId, tree.groups[1]!.id, "2024-05")).toBeNull();
  });

  it("applies new-structure units only the plans above them in the new tree", async () => {
    const communeId = tree.fresh["20001"]!;
    const candidates = await getTargetCandidates([communeId]);
    expect(new Set(candidates.map((c) => c.planNumber))).toEqual(new Set(["546/QĐ-TTg"]));
    expect(applicableTarget(candidates, communeId, null, "2025-09")?.rateBp).toBe(9_515);
  });
});
