// The one resolver of a unit in a month (lib/queries/resolve-unit-in-month.ts) on a real database,
// with the scope tree of both structures: its three answers — the unit in scope, "not in this
// month" with the months the user may open the code in, and not found (a unit out of scope answered
// exactly like one that does not exist) — on either side of 1 July 2025, in the month's own
// structure and in today's. Also the two scope reads that answer many units in one query: the
// breadcrumb's ancestors and the lineage's links.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { Month } from "@/lib/period";
import { canAccessUnit, unitsInScope, type ScopedUser } from "@/lib/permissions/scope";
import { getLineageInScope } from "@/lib/queries/get-unit-lineage";
import { resolveUnitInMonth, type UnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { getAccessibleAncestors } from "@/lib/queries/units";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";

const JUNE: Month = "2025-06";
const JULY: Month = "2025-07";
const SEPT: Month = "2025-09";
/** "Today" for today's structure: December 2026. */
const AT = new Date("2026-12-03T10:00:00+07:00");
const TODAY: Month = "2026-12";

let tree: ScopeTree;
let actors: Record<"oldCommune" | "newCommune" | "newProvince" | "oldProvince12" | "admin", ScopedUser>;

beforeAll(async () => {
  tree = await createScopeTree(db);
  actors = {
    oldCommune: { role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 },
    newCommune: { role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 },
    newProvince: { role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.n10 },
    oldProvince12: { role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.p12 },
    admin: { role: "ADMIN", scopeUnitId: tree.vn },
  };
});

const resolve = (user: ScopedUser, code: string, month: Month, view: "month" | "current" = "month") =>
  resolveUnitInMonth(user, { unit: { code }, month, view }, { at: AT });

/** The answer in short: the unit's id, "notInMonth" with the ids and months offered, or "notFound". */
function short(answer: UnitInMonth) {
  if (answer.kind === "unit") return { unit: answer.unit.id, month: answer.month, structure: answer.structureMonth };
  if (answer.kind === "notInMonth")
    return {
      notInMonth: answer.month,
      periods: answer.periods.map(({ unit, first, last, shown }) => ({ unit: unit.id, first, last, shown })),
    };
  return "notFound";
}

describe("the unit in scope", () => {
  it("is the unit carrying the code in the month, with its dates", async () => {
    const answer = await resolve(actors.newCommune, "20001", SEPT);
    expect(answer).toMatchObject({
      kind: "unit",
      month: SEPT,
      structureMonth: null,
      unit: { id: tree.c20001, code: "20001", name: "Xã An Bình", kind: "COMMUNE", level: 2, parentId: tree.n10 },
    });
    expect(answer.kind === "unit" && answer.unit.validFrom).toEqual(new Date("2025-07-01T00:00:00Z"));
    expect(answer.kind === "unit" && answer.unit.validTo).toBeNull();
  });

  it("follows a reused code across 1 July 2025 in each month's own structure", async () => {
    expect(short(await resolve(actors.newProvince, "10", JUNE))).toEqual({
      unit: tree.p10,
      month: JUNE,
      structure: null,
    });
    expect(short(await resolve(actors.newProvince, "10", JULY))).toEqual({
      unit: tree.n10,
      month: JULY,
      structure: null,
    });
    expect(short(await resolve(actors.oldProvince12, "12", JUNE))).toEqual({
      unit: tree.p12,
      month: JUNE,
      structure: null,
    });
    // New province 12 is made only of communes that came from old province 12: in its scope.
    expect(short(await resolve(actors.oldProvince12, "12", JULY))).toEqual({
      unit: tree.n12,
      month: JULY,
      structure: null,
    });
  });

  it("in today's structure is the unit valid today whatever the month shown, its scope judged today", async () => {
    expect(short(await resolve(actors.newProvince, "10", JUNE, "current"))).toEqual({
      unit: tree.n10,
      month: JUNE,
      structure: TODAY,
    });
    // The staff of an old commune open, in today's structure, the commune it went into, for June too.
    expect(short(await resolve(actors.oldCommune, "20001", JUNE, "current"))).toEqual({
      unit: tree.c20001,
      month: JUNE,
      structure: TODAY,
    });
    expect(short(await resolve(actors.oldCommune, "20001", JUNE))).toEqual({
      notInMonth: JUNE,
      periods: [{ unit: tree.c20001, first: JULY, last: null, shown: JULY }],
    });
  });

  it("answers an administrator for every unit", async () => {
    expect(short(await resolve(actors.admin, "22001", SEPT))).toEqual({
      unit: tree.c22001,
      month: SEPT,
      structure: null,
    });
    expect(short(await resolve(actors.admin, "100", JUNE))).toEqual({ unit: tree.d100, month: JUNE, structure: null });
  });
});

describe("not in this month", () => {
  it("offers the months in which the user may open the code: an old commune after July 2025", async () => {
    expect(short(await resolve(actors.oldCommune, "10001", SEPT))).toEqual({
      notInMonth: SEPT,
      periods: [{ unit: tree.c10001, first: "2000-01", last: JUNE, shown: JUNE }],
    });
    // Its successor's staff may open it too, in June 2025 (it is one of the communes theirs came from).
    expect(short(await resolve(actors.newCommune, "10001", SEPT))).toEqual({
      notInMonth: SEPT,
      periods: [{ unit: tree.c10001, first: "2000-01", last: JUNE, shown: JUNE }],
    });
  });

  it("searches today's structure in today's view, and names today's month", async () => {
    const answer = await resolve(actors.oldCommune, "10001", JUNE, "current");
    expect(short(answer)).toEqual({
      notInMonth: TODAY,
      periods: [{ unit: tree.c10001, first: "2000-01", last: JUNE, shown: JUNE }],
    });
    expect(answer).toMatchObject({ code: "10001" });
  });

  it("lists only the units of the code the user may open, newest first", async () => {
    // Code 100 (an old district) after July 2025: the new province's official may open it in June.
    expect(short(await resolve(actors.newProvince, "100", SEPT))).toEqual({
      notInMonth: SEPT,
      periods: [{ unit: tree.d100, first: "2000-01", last: JUNE, shown: JUNE }],
    });
    // A unit formed later: offered from its first month.
    const admin = await resolve(actors.admin, "20002", JUNE);
    expect(short(admin)).toEqual({
      notInMonth: JUNE,
      periods: [{ unit: tree.c20002, first: JULY, last: null, shown: JULY }],
    });
  });
});

describe("not found: out of scope and unknown look the same", () => {
  it("answers a unit in the month but out of scope with notFound", async () => {
    expect(await resolve(actors.newCommune, "22001", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.newCommune, "10", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.newCommune, "VN", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.newProvince, "12", JUNE)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.oldCommune, "20002", SEPT, "current")).toEqual({ kind: "notFound" });
  });

  it("answers a code of another month that the user may not open with notFound, not with its months", async () => {
    // Old commune 12001 exists in June only, outside the new commune's scope: no "not in this month" page.
    expect(await resolve(actors.newCommune, "12001", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.oldCommune, "12001", SEPT, "current")).toEqual({ kind: "notFound" });
    // The same answer as a code no unit ever carried, also for an administrator.
    expect(await resolve(actors.newCommune, "99999", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.admin, "99999", SEPT)).toEqual({ kind: "notFound" });
    expect(await resolve(actors.admin, "'; DROP TABLE unit; --", SEPT)).toEqual({ kind: "notFound" });
  });
});

describe("by id (downloads and templates name a unit by id)", () => {
  it("answers the unit in scope, its nearest month when it did not exist then, and notFound otherwise", async () => {
    const byId = (user: ScopedUser, id: number, month: Month) => resolveUnitInMonth(user, { unit: { id }, month });
    expect(short(await byId(actors.oldCommune, tree.c10001, JUNE))).toEqual({
      unit: tree.c10001,
      month: JUNE,
      structure: null,
    });
    expect(short(await byId(actors.oldCommune, tree.c10001, SEPT))).toEqual({
      notInMonth: SEPT,
      periods: [{ unit: tree.c10001, first: "2000-01", last: JUNE, shown: JUNE }],
    });
    expect(await byId(actors.newCommune, tree.c22001, SEPT)).toEqual({ kind: "notFound" });
    expect(await byId(actors.newCommune, tree.c12001, SEPT)).toEqual({ kind: "notFound" });
    for (const id of [0, -1, Number.NaN, 2 ** 60, 999_999_999])
      expect(await byId(actors.admin, id, SEPT), String(id)).toEqual({ kind: "notFound" });
  });
});

describe("scope of many units in one query", () => {
  it("answers each (unit, month) pair as canAccessUnit does", async () => {
    const pairs = Object.values(tree).flatMap((unitId) => [JUNE, SEPT].map((month) => ({ unitId, month })));
    for (const user of Object.values(actors)) {
      const allowed = await unitsInScope(user, pairs);
      for (const { unitId, month } of pairs)
        expect(allowed(unitId, month), `${user.scopeUnitId} → ${unitId} in ${month}`).toBe(
          await canAccessUnit(user, unitId, month),
        );
    }
    expect((await unitsInScope(actors.oldCommune, []))(tree.c10001, JUNE)).toBe(false);
    // A pair not asked is not allowed, even when its unit was asked in another month.
    expect((await unitsInScope(actors.oldCommune, [{ unitId: tree.c10001, month: JUNE }]))(tree.c10001, SEPT)).toBe(
      false,
    );
  });

  it("marks the breadcrumb's ancestors the user may open", async () => {
    const crumbs = async (user: ScopedUser, unitId: number, month: Month) =>
      (await getAccessibleAncestors(user, unitId, month)).map(({ code, accessible }) => [code, accessible]);
    expect(await crumbs(actors.newCommune, tree.c20001, SEPT)).toEqual([
      ["VN", false],
      ["10", false],
    ]);
    expect(await crumbs(actors.newProvince, tree.c20001, SEPT)).toEqual([
      ["VN", false],
      ["10", true],
    ]);
    // June 2025, for the new province: the old province and district that went whole into it.
    expect(await crumbs(actors.newProvince, tree.c10001, JUNE)).toEqual([
      ["VN", false],
      ["10", true],
      ["100", true],
    ]);
    expect(await crumbs(actors.admin, tree.c10001, JUNE)).toEqual([
      ["VN", true],
      ["10", true],
      ["100", true],
    ]);
  });

  it("links the lineage's units the user may open, each in its own month", async () => {
    const lineage = async (user: ScopedUser, unitId: number) => {
      const { predecessors, successors } = await getLineageInScope(user, unitId);
      const show = (links: typeof predecessors) => links.map(({ unit, month, linked }) => [unit.code, month, linked]);
      return { predecessors: show(predecessors), successors: show(successors) };
    };
    expect(await lineage(actors.oldCommune, tree.c20001)).toEqual({
      predecessors: [
        ["10001", JUNE, true],
        ["10002", JUNE, false],
      ],
      successors: [],
    });
    expect(await lineage(actors.newCommune, tree.c10001)).toEqual({
      predecessors: [],
      successors: [["20001", JULY, true]],
    });
    expect(await lineage(actors.oldCommune, tree.c10001)).toEqual({
      predecessors: [],
      successors: [["20001", JULY, true]],
    });
  });
});
