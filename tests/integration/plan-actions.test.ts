// Plan management on a real database: who may create and change plans (only provincial officials
// and administrators, and only plans of units in their scope), validation, optimistic concurrency,
// the whole-set replacement of targets, allocation to child units, archiving, which plans each user
// sees, and the New Rural Area thresholds (administrators only). Every refusal writes nothing; every
// change writes one audit entry with before and after.
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { MESSAGES } from "@/lib/i18n/messages";
import { allocatePlanSpec } from "@/lib/plans/allocate-plan";
import { archivePlanSpec } from "@/lib/plans/archive-plan";
import { createPlanSpec, updatePlanSpec } from "@/lib/plans/save-plan";
import { deleteThresholdSpec, saveThresholdSpec } from "@/lib/plans/save-threshold";
import { getPlans } from "@/lib/queries/get-plans";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let groups: { id: number; code: string }[];
const users = {} as Record<
  "admin" | "official" | "otherOfficial" | "oldOfficial" | "district" | "commune" | "leader",
  ActionUser
>;

// Refusals are logged on the server (console.warn); keep the test output readable.
const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createScopeTree(db);
  const set = await db.groupSet.create({
    data: { code: "TEST", name: "Test", legalBasis: "test", validFrom: new Date("2015-01-01T00:00:00Z") },
  });
  groups = await Promise.all(
    ["1", "2"].map((code, i) =>
      db.participantGroup.create({
        data: { groupSetId: set.id, code, ordinal: i + 1, name: `Nhóm ${code}`, shortName: `N${code}` },
        select: { id: true, code: true },
      }),
    ),
  );
  const make = (username: string, role: Role, scopeUnitId: number) =>
    createTestUser(db, { username, role, scopeUnitId });
  users.admin = await make("plan.admin", "ADMIN", tree.vn);
  users.official = await make("plan.official", "PROVINCIAL_OFFICIAL", tree.n10);
  users.otherOfficial = await make("plan.official12", "PROVINCIAL_OFFICIAL", tree.n12);
  users.oldOfficial = await make("plan.official.p10", "PROVINCIAL_OFFICIAL", tree.p10);
  users.district = await make("plan.district", "DISTRICT_OFFICER", tree.d100);
  users.commune = await make("plan.commune", "COMMUNE_STAFF", tree.c20001);
  users.leader = await make("plan.leader", "LEADER", tree.n10);
});

/** A 2026 plan for a unit: overall ≥ 96% by June and ≥ 97% by December (with 50,000 people), group 1 = 100%. */
function planForm(scopeUnitId: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    number: "12/KH-UBND",
    title: "Kế hoạch bao phủ BHYT năm 2026",
    issuer: "UBND tỉnh Mười",
    issuedOn: "2026-01-10",
    scopeUnitId: String(scopeUnitId),
    periodStart: "2026-01",
    periodEnd: "2026-12",
    notes: "",
    "milestone.0": "2026-06",
    "milestone.1": "2026-12",
    "target.0.all.rate": "96",
    "target.1.all.rate": "97",
    "target.1.all.count": "50.000",
    [`target.1.${groups[0]!.id}.rate`]: "100",
    [`target.1.${groups[0]!.id}.cmp`]: "EXACTLY",
    "agency.all": "Sở Y tế",
    [`agency.${groups[0]!.id}`]: "BHXH tỉnh",
    ...overrides,
  };
}

async function written() {
  const [plans, targets, audit, thresholds] = await Promise.all([
    db.plan.findMany({ orderBy: { id: "asc" } }),
    db.planTarget.findMany({ orderBy: { id: "asc" } }),
    db.auditEntry.count(),
    db.ruralStandardThreshold.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ plans, targets, audit, thresholds });
}

async function create(actor: ActionUser, scopeUnitId: number, overrides: Record<string, string> = {}) {
  return runAuthedAction(createPlanSpec, planForm(scopeUnitId, overrides), actionEnvironment(actor));
}

async function lastPlan() {
  return db.plan.findFirstOrThrow({
    orderBy: { id: "desc" },
    include: { targets: { orderBy: [{ dueOn: "asc" }, { unitId: "asc" }, { groupId: "asc" }] } },
  });
}

describe("creating a plan", () => {
  it("lets a provincial official create a plan for the province, with its targets, and audits it", async () => {
    const result = await create(users.official, tree.n10);
    expect(result).toMatchObject({ ok: true, message: "Đã tạo kế hoạch 12/KH-UBND." });
    const plan = await lastPlan();
    expect(result.redirectTo).toBe(`/plans/${plan.id}`);
    expect(plan).toMatchObject({ number: "12/KH-UBND", scopeUnitId: tree.n10, version: 1, archivedAt: null });
    expect(plan.periodStart.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(plan.periodEnd.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(
      plan.targets.map((x) => [
        x.dueOn.toISOString().slice(0, 10),
        x.groupId,
        x.comparator,
        x.rateBp,
        x.assignedCount,
        x.responsibleAgency,
      ]),
    ).toEqual([
      ["2026-06-30", null, "AT_LEAST", 9_600, null, "Sở Y tế"],
      ["2026-12-31", groups[0]!.id, "EXACTLY", 10_000, null, "BHXH tỉnh"],
      ["2026-12-31", null, "AT_LEAST", 9_700, 50_000, "Sở Y tế"],
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "plan.create", entityId: String(plan.id) } });
    expect(entry).toMatchObject({ userId: users.official.id, unitId: tree.n10, before: null });
    expect(entry.after).toMatchObject({
      number: "12/KH-UBND",
      periodStart: "2026-01",
      periodEnd: "2026-12",
      version: 1,
    });
  });

  it("stores a group's target counted by school year, audits it, and passes it on to an allocation", async () => {
    const pupils = groups[0]!.id;
    const result = await create(users.official, tree.n10, { number: "13/KH-UBND", [`schoolYear.${pupils}`]: "on" });
    expect(result.ok).toBe(true);
    const plan = await lastPlan();
    expect(plan.targets.map((x) => [x.groupId, x.bySchoolYear])).toEqual([
      [null, false],
      [pupils, true],
      [null, false],
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "plan.create", entityId: String(plan.id) } });
    expect((entry.after as { targets: { groupId: number | null; bySchoolYear: boolean }[] }).targets).toContainEqual(
      expect.objectContaining({ groupId: pupils, bySchoolYear: true }),
    );
    const allocated = await runAuthedAction(
      allocatePlanSpec,
      {
        planId: String(plan.id),
        version: "1",
        parentUnitId: String(tree.n10),
        milestone: "2026-12",
        row: String(pupils),
        [`unit.${tree.c20001}.rate`]: "100",
      },
      actionEnvironment(users.official),
    );
    expect(allocated.ok).toBe(true);
    const child = await db.planTarget.findFirstOrThrow({ where: { planId: plan.id, unitId: tree.c20001 } });
    expect(child).toMatchObject({ groupId: pupils, comparator: "EXACTLY", bySchoolYear: true });
  });

  it("lets a provincial official plan for an old district of the province, and an administrator anywhere", async () => {
    expect(
      (
        await create(users.official, tree.d100, {
          periodStart: "2024-01",
          periodEnd: "2024-12",
          issuedOn: "2024-01-05",
          "milestone.0": "2024-06",
          "milestone.1": "2024-12",
        })
      ).ok,
    ).toBe(true);
    expect((await create(users.admin, tree.n12)).ok).toBe(true);
    expect((await create(users.admin, tree.vn)).ok).toBe(true);
  });

  it.each([
    ["a provincial official, for another province", "official", "n12"],
    ["a provincial official, for the country", "official", "vn"],
    ["a district officer", "district", "d100"],
    ["commune staff", "commune", "c20001"],
    ["a leader", "leader", "n10"],
    ["an official of a province abolished by the reorganisation, for its old district", "oldOfficial", "d100"],
    ["an official of a province abolished by the reorganisation, for its successor", "oldOfficial", "n10"],
  ] as const)("refuses %s, writing nothing", async (_who, user, unit) => {
    const before = await written();
    const result = await create(users[user], tree[unit]);
    expect(result).toMatchObject({ ok: false, message: t.actions.refused });
    expect(await written()).toBe(before);
  });

  it("refuses invalid input with Vietnamese messages on the fields, writing nothing", async () => {
    const before = await written();
    const result = await create(users.official, tree.n10, {
      number: "",
      "target.1.all.rate": "97,555",
      periodEnd: "2025-12",
    });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(t.actions.invalidInput);
    expect(result.fieldErrors.number).toEqual(["Vui lòng nhập số hiệu kế hoạch (ví dụ 119/KH-UBND)"]);
    expect(result.fieldErrors.periodEnd).toEqual(["Tháng kết thúc phải bằng hoặc sau tháng bắt đầu"]);
    expect(result.fieldErrors["target.1.all.rate"]?.[0]).toMatch(/^Tỷ lệ phải là số/);
    expect(result.values?.title).toBe("Kế hoạch bao phủ BHYT năm 2026");
    expect(await written()).toBe(before);
  });

  it("refuses a commune as a plan's scope unit", async () => {
    const result = await create(users.official, tree.c20001);
    expect(result.fieldErrors.scopeUnitId).toEqual([t.plans.form.scopeTooLow]);
  });
});

describe("editing, allocating and archiving a plan", () => {
  let planId: number;

  beforeAll(async () => {
    await create(users.official, tree.n10, { number: "30/KH-UBND" });
    planId = (await lastPlan()).id;
  });

  const edit = (actor: ActionUser, version: number, overrides: Record<string, string> = {}) =>
    runAuthedAction(
      updatePlanSpec,
      {
        ...planForm(tree.n10, { number: "30/KH-UBND" }),
        planId: String(planId),
        version: String(version),
        ...overrides,
      },
      actionEnvironment(actor),
    );

  const allocate = (actor: ActionUser, version: number, cells: Record<string, string>, milestone = "2026-12") =>
    runAuthedAction(
      allocatePlanSpec,
      {
        planId: String(planId),
        version: String(version),
        parentUnitId: String(tree.n10),
        milestone,
        row: "all",
        ...cells,
      },
      actionEnvironment(actor),
    );

  it("replaces the targets as a whole set, raises the version and audits before and after", async () => {
    const result = await edit(users.official, 1, {
      "target.1.all.rate": "97,5",
      [`target.1.${groups[0]!.id}.rate`]: "",
      title: "Kế hoạch đã sửa",
    });
    expect(result).toMatchObject({ ok: true, message: "Đã lưu kế hoạch 30/KH-UBND." });
    const plan = await db.plan.findUniqueOrThrow({
      where: { id: planId },
      include: { targets: { orderBy: { dueOn: "asc" } } },
    });
    expect(plan).toMatchObject({ version: 2, title: "Kế hoạch đã sửa" });
    expect(plan.targets.map((x) => [x.groupId, x.rateBp])).toEqual([
      [null, 9_600],
      [null, 9_750],
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "plan.update", entityId: String(planId) } });
    expect(entry.before).toMatchObject({ title: "Kế hoạch bao phủ BHYT năm 2026", version: 1 });
    expect((entry.before as { targets: unknown[] }).targets).toHaveLength(3);
    expect(entry.after).toMatchObject({ title: "Kế hoạch đã sửa", version: 2, removedAllocations: 0 });
  });

  it("refuses an edit made on a stale version, writing nothing", async () => {
    const before = await written();
    const result = await edit(users.official, 1, { title: "Sửa trên bản cũ" });
    expect(result).toMatchObject({ ok: false, message: t.plans.staleVersion });
    expect(await written()).toBe(before);
  });

  it("refuses an official of another province and a move of the plan out of the official's scope", async () => {
    const before = await written();
    expect((await edit(users.otherOfficial, 2)).message).toBe(t.actions.refused);
    expect((await edit(users.official, 2, { scopeUnitId: String(tree.n12) })).message).toBe(t.actions.refused);
    expect((await edit(users.leader, 2)).message).toBe(t.actions.refused);
    expect(await written()).toBe(before);
  });

  it("allocates a milestone's target to the child communes, with the parent's comparator", async () => {
    const result = await allocate(users.official, 2, {
      [`unit.${tree.c20001}.rate`]: "97,5",
      [`unit.${tree.c20001}.count`]: "30000",
      [`unit.${tree.c20001}.agency`]: "UBND xã An Bình",
      [`unit.${tree.c20002}.count`]: "20.000",
    });
    expect(result).toMatchObject({ ok: true, message: fill(t.plans.allocation.saved, { count: 2 }) });
    const children = await db.planTarget.findMany({
      where: { planId, unitId: { in: [tree.c20001, tree.c20002] } },
      orderBy: { unitId: "asc" },
    });
    expect(
      children.map((x) => [
        x.unitId,
        x.comparator,
        x.rateBp,
        x.assignedCount,
        x.responsibleAgency,
        x.dueOn.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      [tree.c20001, "AT_LEAST", 9_750, 30_000, "UBND xã An Bình", "2026-12-31"],
      [tree.c20002, "AT_LEAST", null, 20_000, null, "2026-12-31"],
    ]);
    expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).version).toBe(3);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "plan.allocate", entityId: String(planId) },
    });
    expect(entry).toMatchObject({ unitId: tree.n10, before: { milestone: "2026-12", targets: [] } });
    expect((entry.after as { targets: unknown[] }).targets).toHaveLength(2);
  });

  it("refuses a unit that is not a child, a stale version, and an unknown milestone, writing nothing", async () => {
    const before = await written();
    const outsider = await allocate(users.official, 3, { [`unit.${tree.c22001}.count`]: "10" });
    expect(outsider.message).toBe(fill(t.plans.allocation.notAChild, { unit: "Tỉnh Mười mới" }));
    expect((await allocate(users.official, 2, { [`unit.${tree.c20001}.count`]: "10" })).message).toBe(
      t.plans.staleVersion,
    );
    expect((await allocate(users.official, 3, { [`unit.${tree.c20001}.count`]: "10" }, "2026-09")).message).toBe(
      t.plans.allocation.milestoneUnknown,
    );
    expect((await allocate(users.otherOfficial, 3, { [`unit.${tree.c20001}.count`]: "10" })).message).toBe(
      t.actions.refused,
    );
    expect(await written()).toBe(before);
  });

  it("replaces the allocation as a whole set", async () => {
    expect(
      (await allocate(users.official, 3, { [`unit.${tree.c20001}.count`]: "50000", [`unit.${tree.c20002}.count`]: "" }))
        .ok,
    ).toBe(true);
    const children = await db.planTarget.findMany({ where: { planId, unitId: { in: [tree.c20001, tree.c20002] } } });
    expect(children.map((x) => [x.unitId, x.assignedCount])).toEqual([[tree.c20001, 50_000]]);
  });

  it("gives a commune its allocated target and the other commune the province's rate", async () => {
    const candidates = await getTargetCandidates([tree.c20001, tree.c20002]);
    const own = candidates.filter((c) => c.planId === planId && c.unitId === tree.c20001 && c.depth === 0);
    expect(own.map((c) => c.assignedCount)).toEqual([50_000]);
    expect(candidates.some((c) => c.planId === planId && c.unitId === tree.c20002 && c.depth === 0)).toBe(false);
  });

  it("removes allocations at a milestone the plan no longer has", async () => {
    const june = await allocate(users.official, 4, { [`unit.${tree.c20002}.rate`]: "96" }, "2026-06");
    expect([june.ok, june.message]).toEqual([true, fill(t.plans.allocation.saved, { count: 1 })]);
    // The form without its first milestone: the December milestone is now the only one (index 0).
    const form = planForm(tree.n10, { number: "30/KH-UBND", "milestone.0": "2026-12", "target.0.all.rate": "97" });
    const onlyDecember = Object.fromEntries(
      Object.entries(form).filter(([name]) => !/^(milestone|target)\.1\b/.test(name)),
    );
    const result = await runAuthedAction(
      updatePlanSpec,
      { ...onlyDecember, planId: String(planId), version: "5" },
      actionEnvironment(users.official),
    );
    expect(result.message).toBe(
      "Đã lưu kế hoạch 30/KH-UBND. Đã xoá 1 chỉ tiêu giao cho đơn vị trực thuộc ở các mốc không còn trong kế hoạch.",
    );
    const left = await db.planTarget.findMany({ where: { planId }, orderBy: { unitId: "asc" } });
    expect(left.map((x) => [x.unitId, x.dueOn.toISOString().slice(0, 10)])).toEqual([
      [tree.n10, "2026-12-31"],
      [tree.c20001, "2026-12-31"],
    ]);
    // The audit keeps the removed allocation's values.
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "plan.update", entityId: String(planId) },
      orderBy: { id: "desc" },
    });
    expect((entry.before as { removedAllocations: unknown[] }).removedAllocations).toEqual([
      {
        unitId: tree.c20002,
        groupId: null,
        due: "2026-06",
        comparator: "AT_LEAST",
        rateBp: 9_600,
        assignedCount: null,
        responsibleAgency: null,
        bySchoolYear: false,
      },
    ]);
  });

  it("archives a plan (no longer applied, not editable) and restores it", async () => {
    const version = (await db.plan.findUniqueOrThrow({ where: { id: planId } })).version;
    const archived = await runAuthedAction(
      archivePlanSpec,
      { planId: String(planId), version: String(version), archived: "true" },
      actionEnvironment(users.official),
    );
    expect(archived).toMatchObject({ ok: true, message: "Đã lưu trữ kế hoạch 30/KH-UBND." });
    expect((await getTargetCandidates([tree.c20001])).some((c) => c.planId === planId)).toBe(false);
    expect((await edit(users.official, version + 1)).message).toBe(t.plans.form.archivedReadOnly);
    const restored = await runAuthedAction(
      archivePlanSpec,
      { planId: String(planId), version: String(version + 1), archived: "false" },
      actionEnvironment(users.official),
    );
    expect(restored.ok).toBe(true);
    expect((await getTargetCandidates([tree.c20001])).some((c) => c.planId === planId)).toBe(true);
    const actions = await db.auditEntry.findMany({
      where: { entityId: String(planId), action: { in: ["plan.archive", "plan.restore"] } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["plan.archive", "plan.restore"]);
  });
});

describe("which plans a user sees", () => {
  it("shows an official the plans of the province (old and new units) and the national plans above it", async () => {
    const numbers = async (user: ActionUser) =>
      new Set((await getPlans(user)).map((plan) => `${plan.number}@${plan.scopeUnitId}`));
    const official = await numbers(users.official);
    expect(official.has(`12/KH-UBND@${tree.n10}`)).toBe(true);
    expect(official.has(`12/KH-UBND@${tree.d100}`)).toBe(true);
    expect(official.has(`12/KH-UBND@${tree.vn}`)).toBe(true);
    expect(official.has(`12/KH-UBND@${tree.n12}`)).toBe(false);
    const commune = await numbers(users.commune);
    expect(commune.has(`12/KH-UBND@${tree.n10}`)).toBe(true);
    expect(commune.has(`12/KH-UBND@${tree.vn}`)).toBe(true);
    // Old district 100 went whole into commune 20001 (its two communes did): its history is the commune's.
    expect(commune.has(`12/KH-UBND@${tree.d100}`)).toBe(true);
    expect(commune.has(`12/KH-UBND@${tree.n12}`)).toBe(false);
    expect((await numbers(users.otherOfficial)).has(`12/KH-UBND@${tree.n10}`)).toBe(false);
  });
});

describe("New Rural Area thresholds", () => {
  const save = (actor: ActionUser, input: Record<string, string>) =>
    runAuthedAction(saveThresholdSpec, input, actionEnvironment(actor));

  it("ship with the 2016–2020 standard (85%) and the model-commune level (95%)", async () => {
    const rows = await db.ruralStandardThreshold.findMany({ orderBy: [{ level: "asc" }, { validFrom: "asc" }] });
    expect(
      rows.map((row) => [
        row.level,
        row.validFrom.toISOString().slice(0, 7),
        row.validTo?.toISOString().slice(0, 7) ?? null,
        row.rateBp,
      ]),
    ).toEqual([
      ["STANDARD", "2016-01", "2020-12", 8_500],
      ["STANDARD", "2021-01", null, 8_500],
      ["MODEL", "2018-01", "2020-12", 9_500],
      ["MODEL", "2021-01", null, 9_500],
    ]);
    // Their legal basis and notes in English too (migration 20261208000500_english_texts).
    expect(rows.map((row) => row.legalBasisEn)).toEqual([
      "Decision 1980/QĐ-TTg, criterion 15.1",
      "Not confirmed: the level of Decision 1980/QĐ-TTg is kept for now",
      "Decision 691/QĐ-TTg (model New Rural Area commune)",
      "Not confirmed: the level of Decision 691/QĐ-TTg is kept for now",
    ]);
    expect(rows.map((row) => (row.notes === null) === (row.notesEn === null))).toEqual([true, true, true, true]);
  });

  it("lets an administrator close the provisional period and add a confirmed one, never overlapping", async () => {
    const provisional = await db.ruralStandardThreshold.findFirstOrThrow({
      where: { level: "STANDARD", validTo: null },
    });
    const closed = await save(users.admin, {
      id: String(provisional.id),
      version: "1",
      level: "STANDARD",
      validFrom: "2021-01",
      validTo: "2025-12",
      rate: "85",
      legalBasis: provisional.legalBasis,
    });
    expect(closed).toMatchObject({ ok: true, message: t.plans.thresholds.saved });
    const added = await save(users.admin, {
      level: "STANDARD",
      validFrom: "2026-01",
      validTo: "",
      rate: "90",
      legalBasis: "Quyết định mới",
    });
    expect(added.ok).toBe(true);
    const before = await written();
    const overlapping = await save(users.admin, {
      level: "STANDARD",
      validFrom: "2025-06",
      validTo: "2026-05",
      rate: "88",
      legalBasis: "Trùng",
    });
    expect(overlapping.fieldErrors.validFrom).toEqual([
      fill(t.plans.thresholds.overlap, { from: "tháng 1/2021", to: "tháng 12/2025" }),
    ]);
    const stale = await save(users.admin, {
      id: String(provisional.id),
      version: "1",
      level: "STANDARD",
      validFrom: "2021-01",
      validTo: "2025-12",
      rate: "86",
      legalBasis: "x",
    });
    expect(stale.message).toBe(t.plans.thresholds.stale);
    expect(await written()).toBe(before);
    const entries = await db.auditEntry.findMany({
      where: { action: { in: ["threshold.update", "threshold.create"] } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["threshold.update", "threshold.create"]);
    expect(entries[0]).toMatchObject({
      before: { validTo: null, rateBp: 8_500 },
      after: { validTo: "2025-12", rateBp: 8_500 },
    });
  });

  it("refuses everyone but administrators, and deletes with the current version only", async () => {
    const row = await db.ruralStandardThreshold.findFirstOrThrow({ where: { legalBasis: "Quyết định mới" } });
    const before = await written();
    expect(
      (await save(users.official, { level: "MODEL", validFrom: "2030-01", rate: "99", legalBasis: "x" })).message,
    ).toBe(t.actions.refused);
    const remove = (actor: ActionUser, version: number) =>
      runAuthedAction(deleteThresholdSpec, { id: String(row.id), version: String(version) }, actionEnvironment(actor));
    expect((await remove(users.official, row.version)).message).toBe(t.actions.refused);
    expect((await remove(users.admin, row.version + 1)).message).toBe(t.plans.thresholds.stale);
    expect(await written()).toBe(before);
    expect((await remove(users.admin, row.version)).ok).toBe(true);
    expect(await db.ruralStandardThreshold.count({ where: { id: row.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "threshold.delete", entityId: String(row.id) } })).toBe(1);
  });

  it("answers an English reader in English and keeps a threshold's English legal basis and notes", async () => {
    const inEnglish = (input: Record<string, string>) =>
      runAuthedAction(saveThresholdSpec, input, {
        ...actionEnvironment(users.admin),
        messages: async () => MESSAGES.en,
      });
    const overlapping = await inEnglish({
      level: "STANDARD",
      validFrom: "2025-06",
      validTo: "",
      rate: "88",
      legalBasis: "Trùng",
    });
    expect(overlapping.fieldErrors.validFrom).toEqual([
      "Overlaps the existing threshold of the same level (Jan 2021 – Dec 2025).",
    ]);
    const added = await inEnglish({
      level: "STANDARD",
      validFrom: "2026-01",
      validTo: "",
      rate: "90",
      legalBasis: "Quyết định 318/QĐ-TTg",
      legalBasisEn: "Decision 318/QĐ-TTg",
      notes: "Đã xác nhận",
      notesEn: "Confirmed",
    });
    expect(added).toMatchObject({ ok: true, message: "Threshold added." });
    const row = await db.ruralStandardThreshold.findFirstOrThrow({ where: { legalBasis: "Quyết định 318/QĐ-TTg" } });
    expect(row).toMatchObject({ legalBasisEn: "Decision 318/QĐ-TTg", notes: "Đã xác nhận", notesEn: "Confirmed" });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "threshold.create", entityId: String(row.id) },
    });
    expect(entry.after).toMatchObject({ legalBasisEn: "Decision 318/QĐ-TTg", notesEn: "Confirmed" });
  });
});
