// Campaigns on a real database: created, edited and ended through the action wrapper by whom the
// README says (provincial officials for units in their scope, district officers for theirs before
// July 2025), refused outside the scope and on invalid input with nothing written, audited, and
// their progress read from the reports by the counting rule. The reports carry the source's figures
// (../shared/DOMAIN.md): a district of Bắc Giang in November 2017, 2,948 new + 20,214 renewals =
// 23,162 enrolled, 123,060 insured of 136,430 people (90.2%) against 97.2%: 9,550 still to enroll.
import type { ReportStatus, Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { getCampaignsWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import { createCampaignSpec, endCampaignSpec, updateCampaignSpec } from "@/lib/campaigns/save-campaign";
import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { monthToDate, type Month } from "@/lib/period";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let groups: number[];
const users = {} as Record<"official" | "otherOfficial" | "district" | "commune", ActionUser>;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

/** A commune's report of a month: two groups, the second holding what the first does not. */
async function report(
  unitId: number,
  month: Month,
  status: ReportStatus,
  figures: { population: number; insured: number; newlyEnrolled: number; renewed: number },
) {
  const period = monthToDate(month);
  await db.unitMonthReport.create({ data: { unitId, period, population: figures.population, status } });
  const half = (value: number) => Math.floor(value / 2);
  await db.enrollmentFigure.createMany({
    data: [
      {
        unitId,
        period,
        groupId: groups[0]!,
        insured: half(figures.insured),
        eligible: half(figures.population),
        newlyEnrolled: half(figures.newlyEnrolled),
        renewed: half(figures.renewed),
      },
      {
        unitId,
        period,
        groupId: groups[1]!,
        insured: figures.insured - half(figures.insured),
        eligible: figures.population - half(figures.population),
        newlyEnrolled: figures.newlyEnrolled - half(figures.newlyEnrolled),
        renewed: figures.renewed - half(figures.renewed),
      },
    ],
  });
}

beforeAll(async () => {
  tree = await createScopeTree(db);
  const set = await db.groupSet.create({
    data: { code: "TEST", name: "Test", legalBasis: "test", validFrom: new Date("2000-01-01T00:00:00Z") },
  });
  groups = await Promise.all(
    ["1", "2"].map(
      async (code, i) =>
        (
          await db.participantGroup.create({
            data: { groupSetId: set.id, code, ordinal: i + 1, name: `Nhóm ${code}`, shortName: `N${code}` },
          })
        ).id,
    ),
  );
  const make = (username: string, role: Role, scopeUnitId: number) =>
    createTestUser(db, { username, role, scopeUnitId });
  users.official = await make("campaign.official", "PROVINCIAL_OFFICIAL", tree.n10);
  users.otherOfficial = await make("campaign.other", "PROVINCIAL_OFFICIAL", tree.n12);
  users.district = await make("campaign.district", "DISTRICT_OFFICER", tree.d100);
  users.commune = await make("campaign.commune", "COMMUNE_STAFF", tree.c20001);

  // District 100's two communes in November 2017: together the source's figures.
  await report(tree.c10001, "2017-11", "SUBMITTED", {
    population: 77_000,
    insured: 70_000,
    newlyEnrolled: 1_500,
    renewed: 12_000,
  });
  await report(tree.c10002, "2017-11", "APPROVED", {
    population: 59_430,
    insured: 53_060,
    newlyEnrolled: 1_448,
    renewed: 8_214,
  });
  // What must not count: a returned report (being corrected) and a draft.
  await report(tree.c10003, "2017-11", "RETURNED", {
    population: 40_000,
    insured: 39_000,
    newlyEnrolled: 9_000,
    renewed: 9_000,
  });
  await report(tree.c10003, "2017-10", "DRAFT", {
    population: 40_000,
    insured: 39_000,
    newlyEnrolled: 7_000,
    renewed: 7_000,
  });
  await report(tree.c10001, "2017-10", "LOCKED", {
    population: 77_000,
    insured: 69_000,
    newlyEnrolled: 100,
    renewed: 200,
  });
});

const create = (user: ActionUser, input: Record<string, string>) =>
  runAuthedAction(createCampaignSpec, input, actionEnvironment(user));

function form(unitId: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    unitId: String(unitId),
    name: "Tháng cao điểm vận động BHYT năm 2018",
    firstMonth: "2017-11",
    lastMonth: "2017-11",
    targetNewlyEnrolled: "3.000",
    targetRenewed: "20000",
    targetRate: "97,2",
    responsibleAgency: "BHXH huyện",
    notes: "",
    ...extra,
  };
}

async function written() {
  const [campaigns, audit, securityEvents] = await Promise.all([
    db.campaign.count(),
    db.auditEntry.count(),
    db.securityEvent.count(),
  ]);
  return { campaigns, audit, securityEvents };
}

describe("creating a campaign", () => {
  it("lets a district officer create one for their district before July 2025, audited, with its progress from the reports", async () => {
    const result = await create(users.district, form(tree.d100));
    expect(result).toMatchObject({ ok: true });
    const campaign = await db.campaign.findFirstOrThrow({ where: { unitId: tree.d100 } });
    expect(campaign).toMatchObject({
      targetNewlyEnrolled: 3_000,
      targetRenewed: 20_000,
      targetRateBp: 9_720,
      responsibleAgency: "BHXH huyện",
      notes: null,
      version: 1,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "campaign.create", entityId: String(campaign.id) },
    });
    expect(audit).toMatchObject({ userId: users.district.id, unitId: tree.d100, before: null });
    expect(audit.after).toMatchObject({ firstMonth: "2017-11", lastMonth: "2017-11", targetRateBp: 9_720 });

    const [shown] = await getCampaignsWithProgress(users.district, { kind: "id", id: campaign.id });
    expect(shown!.status).toBe("finished");
    expect(shown!.latestMonth).toBe("2017-11");
    const { progress } = shown!;
    expect(progress.newlyEnrolled).toMatchObject({ reached: 2_948, target: 3_000, remaining: 52 });
    expect(progress.renewed).toMatchObject({ reached: 20_214, target: 20_000, remaining: 0 });
    expect(progress.enrolled).toBe(23_162);
    expect(progress.latest).toMatchObject({
      insured: 123_060,
      population: 136_430,
      gap: 9_550,
      provisional: false,
      reportingUnits: 2,
      baseUnits: 2,
    });
    expect(progress.latest!.rate).toBeCloseTo(0.902, 5);
  });

  it("lets today's provincial official create one for the old province theirs succeeded; drafts and returned reports do not count", async () => {
    const result = await create(
      users.official,
      form(tree.p10, { firstMonth: "2017-10", lastMonth: "2017-11", targetRenewed: "", targetRate: "" }),
    );
    expect(result).toMatchObject({ ok: true });
    const campaign = await db.campaign.findFirstOrThrow({ where: { unitId: tree.p10 } });
    const [shown] = await getCampaignsWithProgress(users.official, { kind: "id", id: campaign.id });
    // October: the locked report of 10001 (10003's draft is left out); November: 10001 and 10002 (10003's returned report is left out).
    expect(shown!.progress.newlyEnrolled).toMatchObject({ reached: 2_948 + 100, target: 3_000, remaining: 0 });
    expect(shown!.progress.renewed).toMatchObject({ reached: 20_214 + 200, target: null, remaining: null });
    expect(shown!.progress.latest).toMatchObject({
      insured: 123_060,
      population: 136_430,
      gap: null,
      provisional: true,
      reportingUnits: 2,
      baseUnits: 3,
    });
    // On the approved basis, only 10002's approved report and 10001's locked one count.
    const [approved] = await getCampaignsWithProgress(
      users.official,
      { kind: "id", id: campaign.id },
      { basis: "approved" },
    );
    expect(approved!.progress.newlyEnrolled.reached).toBe(1_448 + 100);
    // Up to October only (a dashboard of October).
    const [october] = await getCampaignsWithProgress(
      users.official,
      { kind: "id", id: campaign.id },
      { asOf: "2017-10" },
    );
    expect(october!.progress.newlyEnrolled.reached).toBe(100);
    expect(october!.latestMonth).toBe("2017-10");
  });

  it.each([
    { who: "another province's official", user: () => users.otherOfficial, unit: () => tree.d100, extra: {} },
    {
      who: "a district officer, after July 2025",
      user: () => users.district,
      unit: () => tree.c20001,
      extra: { firstMonth: "2025-09", lastMonth: "2025-10" },
    },
    { who: "a district officer, for the province above", user: () => users.district, unit: () => tree.p10, extra: {} },
    {
      who: "commune staff (no permission)",
      user: () => users.commune,
      unit: () => tree.c20001,
      extra: { firstMonth: "2025-09", lastMonth: "2025-10" },
    },
  ] as { who: string; user: () => ActionUser; unit: () => number; extra: Record<string, string> }[])(
    "refuses $who, writing nothing but the security log",
    async ({ user, unit, extra }) => {
      const before = await written();
      const result = await create(user(), form(unit(), extra));
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
      expect(await written()).toEqual({ ...before, securityEvents: before.securityEvents + 1 });
    },
  );

  it.each([
    {
      case: "no target",
      extra: { targetNewlyEnrolled: "", targetRenewed: "", targetRate: "" },
      errors: { targets: ["targetRequired"] },
    },
    {
      case: "a last month before the first",
      extra: { firstMonth: "2017-11", lastMonth: "2017-09" },
      errors: { lastMonth: ["lastBeforeFirst"] },
    },
    {
      case: "more than 24 months",
      extra: { firstMonth: "2016-01", lastMonth: "2018-01" },
      errors: { lastMonth: ["tooManyMonths"] },
    },
    {
      case: "a rate above 100% and a negative count",
      extra: { targetRate: "101", targetRenewed: "-5" },
      errors: { targetRate: ["rateInvalid"], targetRenewed: ["countInvalid"] },
    },
    {
      case: "no name, no agency, no unit",
      extra: { name: " ", responsibleAgency: "", unitId: "" },
      errors: { name: ["nameRequired"], responsibleAgency: ["agencyRequired"], unitId: ["unitRequired"] },
    },
  ] as { case: string; extra: Record<string, string>; errors: Record<string, string[]> }[])(
    "refuses $case with a code on each field, writing nothing",
    async ({ extra, errors }) => {
      const before = await written();
      const result = await create(users.district, form(tree.d100, extra));
      expect(result.ok).toBe(false);
      expect(result.message).toBe(t.actions.invalidInput);
      expect(result.fieldErrors).toEqual(errors);
      for (const codes of Object.values(result.fieldErrors))
        for (const code of codes ?? []) expect(t.campaigns.issues).toHaveProperty(code);
      expect(await written()).toEqual(before);
    },
  );

  it("refuses a unit that does not exist throughout the campaign's months (across 1 July 2025)", async () => {
    const before = await written();
    const result = await create(users.official, form(tree.c10001, { firstMonth: "2025-06", lastMonth: "2025-08" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { unitId: ["unitNotValidThroughout"] } });
    const formedLater = await create(
      users.official,
      form(tree.c20001, { firstMonth: "2025-06", lastMonth: "2025-08" }),
    );
    expect(formedLater).toMatchObject({ ok: false, fieldErrors: { unitId: ["unitNotValidThroughout"] } });
    expect(await written()).toEqual(before);
  });

  it("accepts a plan that applies to the unit and refuses one that does not", async () => {
    const plan = await db.plan.create({
      data: {
        number: "1/KH",
        title: "KH",
        issuer: "UBND",
        issuedOn: monthToDate("2017-01"),
        scopeUnitId: tree.p10,
        periodStart: monthToDate("2017-01"),
        periodEnd: monthToDate("2018-12"),
      },
    });
    const otherPlan = await db.plan.create({
      data: {
        number: "2/KH",
        title: "KH",
        issuer: "UBND",
        issuedOn: monthToDate("2017-01"),
        scopeUnitId: tree.d101,
        periodStart: monthToDate("2017-01"),
        periodEnd: monthToDate("2018-12"),
      },
    });
    const refused = await create(users.official, form(tree.d100, { planId: String(otherPlan.id) }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { planId: ["planNotForUnit"] } });
    const accepted = await create(
      users.official,
      form(tree.d100, { planId: String(plan.id), name: "Đợt theo kế hoạch" }),
    );
    expect(accepted).toMatchObject({ ok: true });
    const shown = await getCampaignsWithProgress(users.official, { kind: "plan", planId: plan.id });
    expect(shown.map((campaign) => campaign.name)).toEqual(["Đợt theo kế hoạch"]);
  });
});

describe("who sees which campaign", () => {
  it("shows each user the campaigns of the units in their scope only, following successions", async () => {
    const names = async (user: ActionUser) =>
      (await getCampaignsWithProgress(user, { kind: "all" })).map((campaign) => campaign.unitId);
    expect(new Set(await names(users.district))).toEqual(new Set([tree.d100]));
    expect(new Set(await names(users.official))).toEqual(new Set([tree.d100, tree.p10]));
    expect(await names(users.otherOfficial)).toEqual([]);
    // Both communes of district 100 went into 20001: its staff see the district (scope rule, README).
    expect(new Set(await names(users.commune))).toEqual(new Set([tree.d100]));
  });

  it("puts on a unit's dashboard the campaigns of it and the units below it that run in the month", async () => {
    const onDashboard = async (unitId: number, month: Month) =>
      new Set(
        (await getCampaignsWithProgress(users.official, { kind: "unit", unitId, month })).map(
          (campaign) => campaign.unitId,
        ),
      );
    expect(await onDashboard(tree.p10, "2017-11")).toEqual(new Set([tree.p10, tree.d100]));
    expect(await onDashboard(tree.p10, "2017-10")).toEqual(new Set([tree.p10]));
    expect(await onDashboard(tree.d100, "2017-11")).toEqual(new Set([tree.d100]));
    expect(await onDashboard(tree.d101, "2017-11")).toEqual(new Set());
  });
});

describe("editing and ending a campaign", () => {
  it("edits with the version the page was loaded with, and refuses a stale one, writing nothing", async () => {
    const campaign = await db.campaign.findFirstOrThrow({
      where: { unitId: tree.d100, name: "Tháng cao điểm vận động BHYT năm 2018" },
    });
    const input = {
      ...form(tree.d100, { name: "Tháng cao điểm 2018 (sửa)", targetRate: "98" }),
      campaignId: String(campaign.id),
      version: String(campaign.version),
    };
    const edited = await runAuthedAction(updateCampaignSpec, input, actionEnvironment(users.district));
    expect(edited).toMatchObject({ ok: true });
    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      name: "Tháng cao điểm 2018 (sửa)",
      targetRateBp: 9_800,
      version: campaign.version + 1,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "campaign.update", entityId: String(campaign.id) },
    });
    expect(audit.before).toMatchObject({ name: "Tháng cao điểm vận động BHYT năm 2018", targetRateBp: 9_720 });
    expect(audit.after).toMatchObject({ name: "Tháng cao điểm 2018 (sửa)", targetRateBp: 9_800 });

    const before = await written();
    const stale = await runAuthedAction(
      updateCampaignSpec,
      { ...input, name: "Lần hai" },
      actionEnvironment(users.district),
    );
    expect(stale).toMatchObject({ ok: false, message: t.campaigns.issues.stale });
    expect(await written()).toEqual(before);
  });

  it("ends a running campaign in the current month, once", async () => {
    const today = currentMonth();
    const running = await db.campaign.create({
      data: {
        unitId: tree.c20001,
        name: "Đợt đang chạy",
        firstMonth: monthToDate("2025-09"),
        lastMonth: monthToDate("2099-12"),
        targetNewlyEnrolled: 50,
        responsibleAgency: "BHXH tỉnh",
      },
    });
    const ended = await runAuthedAction(
      endCampaignSpec,
      { campaignId: String(running.id), version: "1" },
      actionEnvironment(users.official),
    );
    expect(ended).toMatchObject({ ok: true, version: 2 });
    const after = await db.campaign.findUniqueOrThrow({ where: { id: running.id } });
    expect(after.lastMonth).toEqual(monthToDate(today));
    expect(after.endedEarlyAt).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "campaign.end", entityId: String(running.id) },
    });
    expect(audit.before).toMatchObject({ lastMonth: "2099-12", endedEarlyAt: null });
    expect(audit.after).toMatchObject({ lastMonth: today });

    const before = await written();
    const again = await runAuthedAction(
      endCampaignSpec,
      { campaignId: String(running.id), version: "2" },
      actionEnvironment(users.official),
    );
    expect(again).toMatchObject({ ok: false, message: t.campaigns.issues.notRunning });
    expect(await written()).toEqual(before);
    const [shown] = await getCampaignsWithProgress(users.official, { kind: "id", id: running.id });
    expect(shown!.status).toBe("finished");
  });
});
