// The security matrix. Every server action exported by a "use server" module (found by
// tests/helpers/server-action-modules.ts; each run through the spec authedAction branded it with)
// × every role, each with an account of the structure before 1 July 2025 and one of today's
// structure × a unit inside and one outside the account's scope, in a month before and a month after
// the reorganisation. The expected answers are written out by hand below, from the rules in the
// README ("Accounts, roles and scope", "Who may change data across the reorganisation"), not
// computed from lib/permissions. Sign-in and sign-out, the two actions outside the wrapper, are
// tested by auth-sessions and sign-in-lockout.
//
// An allowed call must do its work and write its audit entries (by the actor). A refused call, and
// a preview, must leave every table byte-identical: every table is dumped, ordered by primary
// key, before and after (tests/helpers/table-dump.ts; only `security_event` is left out).
//
// One database for the file: the scope tree (tests/fixtures/scope-tree.ts), one report per place,
// the users and plans the actions act on. Each call first puts what it acts on back in the state
// it needs (a report submitted, a plan not archived…), so calls do not depend on their order.
// The data reads (canAccessUnit and the scope SQL under the dashboard, listUsersInScope,
// getAuditEntries) are checked at the end of the file the same way.
import type { ReportStatus, Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { ActionResult } from "@/lib/actions/action-result";
import { runAuthedAction, type ActionSpec, type ActionUser } from "@/lib/actions/authed-action";
import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { MESSAGES } from "@/lib/i18n/messages";
import { monthEndDate, monthToDate, type Month } from "@/lib/period";
import { canAccessUnit, canManageUnit, scopeUnitsSql } from "@/lib/permissions/scope";
import { getAuditEntries } from "@/lib/queries/get-audit-entries";
import { listUsersInScope } from "@/lib/queries/get-users-in-scope";
import { getUnitByCode } from "@/lib/queries/units";
import type { ImportPreview } from "@/lib/reports/import/describe-import";
import { prepareImport } from "@/lib/reports/import/prepare-import";

import { squaresGeoJson } from "../fixtures/boundary-squares";
import { createReportHistory, STEADY } from "../fixtures/report-entry";
import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser, TEST_PASSWORD } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { vietnameseHeader, xlsxFile } from "../helpers/report-files";
import { authedActionSpec, serverActionModules } from "../helpers/server-action-modules";
import { tableDumper, type TableDump } from "../helpers/table-dump";
import { csvFile, file } from "../helpers/unit-import";

const t = MESSAGES.vi;
type UnitKey = keyof ScopeTree;
let tree: ScopeTree;
let dump: () => Promise<TableDump>;
let serial = 0;
const fresh = () => ++serial;

// Refusals are logged on the server (console.warn); keep the test output readable.
const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

// ─── Accounts ────────────────────────────────────────────────────────────────────────────────
// Each role with an account of the old structure and one of today's. An administrator's scope is
// the country, the same in both; district officers exist only in the old structure (there are no
// districts after June 2025).
const ACCOUNTS = {
  admin: { role: "ADMIN", unit: "vn" },
  "province.old": { role: "PROVINCIAL_OFFICIAL", unit: "p10" }, // old province 10, went whole into the new 10
  "province.new": { role: "PROVINCIAL_OFFICIAL", unit: "n10" }, // new province 10, from old 10 and 11
  "district.old": { role: "DISTRICT_OFFICER", unit: "d100" }, // communes 10001, 10002 → 20001
  "commune.old": { role: "COMMUNE_STAFF", unit: "c10001" }, // went into 20001
  "commune.new": { role: "COMMUNE_STAFF", unit: "c20001" }, // from 10001 and 10002
  "leader.old": { role: "LEADER", unit: "p10" },
  "leader.new": { role: "LEADER", unit: "n10" },
} as const satisfies Record<string, { role: Role; unit: UnitKey }>;

type Account = keyof typeof ACCOUNTS;
/** The columns of EXPECTED, in this order. */
const ACCOUNT_COLUMNS = Object.keys(ACCOUNTS) as Account[];
const actors = {} as Record<Account, ActionUser>;

// ─── Places ──────────────────────────────────────────────────────────────────────────────────
// What a call acts on. Before = June 2025 (old structure), after = September 2025 (today's). The
// "in…" places are in every account's reading scope by the README's rule (commune 10001 in June
// and its successor 20001 in September), the "out…" places in none but the administrator's
// (province 12, old and new). Each place gives the commune (reports, users), the unit that
// approves its reports that month (districts until June 2025, provinces from July), its province
// (plans) and the child unit a plan of that province is allocated to.
const PLACES = {
  inBefore: { month: "2025-06", commune: "c10001", approver: "d100", province: "p10", child: "d100" },
  outBefore: { month: "2025-06", commune: "c12001", approver: "d120", province: "p12", child: "d120" },
  inAfter: { month: "2025-09", commune: "c20001", approver: "n10", province: "n10", child: "c20001" },
  outAfter: { month: "2025-09", commune: "c22001", approver: "n12", province: "n12", child: "c22001" },
} as const satisfies Record<
  string,
  { month: Month; commune: UnitKey; approver: UnitKey; province: UnitKey; child: UnitKey }
>;

type Place = keyof typeof PLACES;
const PLACE_CELLS = Object.keys(PLACES) as Place[];
/** National data (reporting rules, thresholds, unit lists) has no unit: a period before or after the change. */
const PERIOD_CELLS = ["before", "after"] as const;
type Cell = Place | (typeof PERIOD_CELLS)[number] | "table" | "set" | "own";

// ─── The expected answers, by hand ───────────────────────────────────────────────────────────
// One string per account (columns in ACCOUNT_COLUMNS order), one letter per cell of the action:
// Y = allowed, N = refused. Cells: inBefore outBefore inAfter outAfter for actions about a unit.
//
// Reports: commune staff and administrators enter them; provincial and district officials import
// them too (leaders never write). A user changes a unit's data for a month only while the user's own unit exists in that month: the
// old accounts change June 2025 only, today's accounts also correct the history of the units
// theirs succeeded. Review: the approving unit's official or one above it (districts until June
// 2025, provinces from July); unlock: only a level strictly above the approving one, so after July
// 2025 only administrators. Users and plans: administrators, and provincial officials while their
// province exists, for units in their scope (an ended unit judged in its last month).
const EXPECTED: Record<string, readonly string[]> = {
  //                     admin   prov.old prov.new dist.old comm.old comm.new lead.old lead.new
  saveReport: ["YYYY", "NNNN", "NNNN", "NNNN", "YNNN", "YNYN", "NNNN", "NNNN"],
  submitReport: ["YYYY", "NNNN", "NNNN", "NNNN", "YNNN", "YNYN", "NNNN", "NNNN"],
  previewReportImport: ["YYYY", "YNNN", "YNYN", "YNNN", "YNNN", "YNYN", "NNNN", "NNNN"],
  importReports: ["YYYY", "YNNN", "YNYN", "YNNN", "YNNN", "YNYN", "NNNN", "NNNN"],
  approveReport: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  returnReport: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  unlockReport: ["YYYY", "YNNN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  approveMonth: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  lockMonth: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  // Reminders: officials (and administrators) for the communes whose data they may change that
  // month: the commune named, or every commune of the approving unit named.
  remindCommune: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  remindAll: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  createUser: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  setUserActive: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  resetUserPassword: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  unlockSignIn: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  setUserPhone: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  createPlan: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  updatePlan: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  archivePlan: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  allocatePlan: ["YYYY", "NNNN", "YNYN", "NNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  // Campaigns of a commune over the place's month: provincial and district officials (and
  // administrators) for the units whose data they may change in the campaign's months.
  createCampaign: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  updateCampaign: ["YYYY", "YNNN", "YNYN", "YNNN", "NNNN", "NNNN", "NNNN", "NNNN"],
  // Ending runs today: only a campaign of today's structure can still be running. Cells: inAfter outAfter.
  endCampaign: ["YY", "NN", "YN", "NN", "NN", "NN", "NN", "NN"],
  // National data, administrators only. Cells: before after, the period the data is about: a new
  // threshold for an earlier period / the one in force today corrected; a reporting rule from a
  // month before / after July 2025; the unit list of June / September 2025, imported again.
  saveThreshold: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  deleteThreshold: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  createReportingRule: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  updateReportingRule: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  deleteReportingRule: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  importUnitList: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  // The succession table of the reorganisation itself (one cell).
  importSuccessionTable: ["Y", "N", "N", "N", "N", "N", "N", "N"],
  // Official population: old province 10's figure for 2024 / the new province 10's for 2025.
  importOfficialPopulation: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  // Boundaries: commune 10001 in June 2025 / its successor 20001 in September 2025.
  importBoundaries: ["YY", "NN", "NN", "NN", "NN", "NN", "NN", "NN"],
  // A set of participant groups from a month after every report of the tree (one cell: a set is
  // national, and a second one from the same month would be refused).
  createGroupSet: ["Y", "N", "N", "N", "N", "N", "N", "N"],
  // One's own password: everybody, whatever their unit (one cell).
  changeOwnPassword: ["Y", "Y", "Y", "Y", "Y", "Y", "Y", "Y"],
  // One's own notifications read: everybody (one cell).
  markNotificationsRead: ["Y", "Y", "Y", "Y", "Y", "Y", "Y", "Y"],
};

// ─── What each action acts on ────────────────────────────────────────────────────────────────
const REPORTS = {} as Record<Place, number>;
const TARGET_USERS = {} as Record<Place, string>;
const PLANS = {} as Record<"updatePlan" | "archivePlan" | "allocatePlan", Record<Place, number>>;
const CAMPAIGNS = {} as Record<"updateCampaign" | "endCampaign", Record<Place, number>>;
let groupIds: number[] = [];

const place = (cell: Cell) => PLACES[cell as Place];
const unitOf = async (key: UnitKey) =>
  db.unit.findUniqueOrThrow({ where: { id: tree[key] }, select: { id: true, code: true, name: true } });

/** Puts a place's report back in a state, with the steady figures. */
async function setReport(cell: Cell, status: ReportStatus, version: number): Promise<number> {
  const { population, voluntarySocialInsured, voluntarySocialAssigned } = STEADY;
  const id = REPORTS[cell as Place];
  await db.unitMonthReport.update({
    where: { id },
    data: { status, version, population, voluntarySocialInsured, voluntarySocialAssigned },
  });
  return id;
}

const reportOf = (cell: Cell) => db.unitMonthReport.findUniqueOrThrow({ where: { id: REPORTS[cell as Place] } });

/**
 * The stored password hash: a new one shows the password changed (hashing and checking passwords
 * is tested in user-management; each check here would cost a scrypt run).
 */
const passwordHash = async (userId: string) =>
  (await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password;

async function openSession(userId: string) {
  await db.session.create({
    data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

/** A plan for 2025 of a province: overall ≥ 95% by December. */
function planForm(scopeUnitId: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    number: `${fresh()}/KH-UBND`,
    title: "Kế hoạch bao phủ BHYT năm 2025",
    issuer: "UBND tỉnh",
    issuedOn: "2025-01-10",
    scopeUnitId: String(scopeUnitId),
    periodStart: "2025-01",
    periodEnd: "2025-12",
    notes: "",
    "milestone.0": "2025-12",
    "target.0.all.rate": "95",
    ...extra,
  };
}

async function createPlanRow(scopeUnitId: number): Promise<number> {
  const plan = await db.plan.create({
    data: {
      number: "1/KH-UBND",
      title: "Kế hoạch thử",
      issuer: "UBND tỉnh",
      issuedOn: monthToDate("2025-01"),
      scopeUnitId,
      periodStart: monthToDate("2025-01"),
      periodEnd: monthEndDate("2025-12"),
      targets: { create: { unitId: scopeUnitId, dueOn: monthEndDate("2025-12"), rateBp: 9_500 } },
    },
  });
  return plan.id;
}

/** A campaign of a unit over one month, with a target of new enrollments. */
async function createCampaignRow(unitId: number, month: Month): Promise<number> {
  const campaign = await db.campaign.create({
    data: {
      unitId,
      name: "Đợt thử",
      firstMonth: monthToDate(month),
      lastMonth: monthToDate(month),
      targetNewlyEnrolled: 100,
      responsibleAgency: "BHXH",
    },
  });
  return campaign.id;
}

/** The plan of a place for an action, not archived, and its version. */
async function planFor(action: keyof typeof PLANS, cell: Cell) {
  const id = PLANS[action][cell as Place];
  const { version } = await db.plan.update({ where: { id }, data: { archivedAt: null } });
  return { id, version };
}

/** A one-row report file for a place's commune and month, with a population the report does not have yet. */
async function reportFile(cell: Cell) {
  const { month, commune } = place(cell);
  const unit = await unitOf(commune);
  const groups = Object.values(STEADY.groups).flat();
  const population = 9_000 + fresh();
  const upload = await xlsxFile("bao-cao.xlsx", vietnameseHeader(2), [
    [unit.code, unit.name, month, population, 120, 200, ...groups],
  ]);
  return { upload, unit, month, population };
}

/** The preview token of a file as the actor's preview gives it, or as an administrator's would (a replay). */
async function previewToken(actor: ActionUser, upload: File): Promise<string> {
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const own = await prepareImport(db, actor, { name: upload.name, bytes }, new Date());
  const admin = own.token ? own : await prepareImport(db, actors.admin, { name: upload.name, bytes }, new Date());
  return admin.token ?? "0".repeat(64);
}

// Unit lists and the succession table exactly as the scope tree holds them, so that importing one
// again changes nothing but the audit log.
const LISTS = {
  before: {
    validFrom: "2025-06",
    text: [
      "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp",
      "Tỉnh Mười cũ,10,Huyện Một,100,Xã An,10001,Xã",
      "Tỉnh Mười cũ,10,Huyện Một,100,Xã Bình,10002,Xã",
      "Tỉnh Mười cũ,10,Thị xã Hai,101,Phường Cát,10003,Phường",
      "Tỉnh Mười Một,11,Huyện Mười,110,Xã Đông,11001,Xã",
      "Tỉnh Mười Hai cũ,12,Huyện Hai Mươi,120,Xã Tây,12001,Xã",
    ].join("\n"),
  },
  after: {
    validFrom: "2025-09",
    text: [
      "province_code,province_name,ward_code,ward_name,ward_type",
      "10,Tỉnh Mười mới,20001,Xã An Bình,Xã",
      "10,Tỉnh Mười mới,20002,Phường Cát Đông,Phường",
      "12,Tỉnh Mười Hai mới,22001,Xã Tây Mới,Xã",
    ].join("\n"),
  },
} as const;

const SUCCESSION_TABLE = [
  "Mã ĐV cũ,Tên ĐV cũ,Mã tỉnh cũ,Mã ĐV mới,Tên ĐV mới,Loại,Tỷ lệ (%)",
  "10001,Xã An,10,20001,Xã An Bình,toàn bộ,",
  "10002,Xã Bình,10,20001,Xã An Bình,toàn bộ,",
  "10003,Phường Cát,10,20002,Phường Cát Đông,toàn bộ,",
  "11001,Xã Đông,11,20002,Phường Cát Đông,toàn bộ,",
  "12001,Xã Tây,12,22001,Xã Tây Mới,toàn bộ,",
].join("\n");

type UnitImportInput = { file: File; intent: "preview" | "apply"; fingerprint?: string } & (
  { validFrom: string; coverage: "country" } | { effectiveOn: string }
);

/** The input of an unchanged unit import, confirmed with the fingerprint of an administrator's preview. */
async function unitImport(action: "importUnitList" | "importSuccessionTable", cell: Cell): Promise<UnitImportInput> {
  const input: UnitImportInput =
    action === "importUnitList"
      ? {
          file: file(csvFile(LISTS[cell as "before" | "after"].text), "danh-muc.csv"),
          validFrom: LISTS[cell as "before" | "after"].validFrom,
          coverage: "country",
          intent: "preview",
        }
      : { file: file(csvFile(SUCCESSION_TABLE), "chuyen-doi.csv"), effectiveOn: "2025-07", intent: "preview" };
  const preview = await runAuthedAction(SPECS[action]!, input, actionEnvironment(actors.admin));
  expect(preview.data, preview.message ?? "").toMatchObject({ changes: 0, issueCount: 0 });
  return { ...input, intent: "apply", fingerprint: (preview.data as { fingerprint: string }).fingerprint };
}

/**
 * A reporting rule no other starts with: from a month of 2001 onwards (districts approve, as the
 * default rule of that time says) or of 2031 onwards (provinces approve), each month used once.
 */
const ruleMonths = { before: 0, after: 0 };
function nextRule(cell: Cell) {
  const before = cell === "before";
  const index = ruleMonths[cell as "before" | "after"]++;
  return {
    effectiveFrom: new Date(Date.UTC(before ? 2001 : 2031, index, 1)),
    approverLevel: before ? 2 : 1,
    deadlineDay: 5,
  };
}
const createRuleRow = (cell: Cell) => db.reportingRule.create({ data: nextRule(cell) });

/** Years before any threshold of the table (1990 onwards), each used once. */
let thresholdYear = 1989;

type Result = ActionResult<unknown>;
type Prepared = {
  input: Record<string, unknown>;
  verify?: (result: Result) => Promise<void>;
  /** The audit entries of an allowed call, when they depend on the cell. */
  audit?: readonly string[];
};
type ActionCall = {
  cells: readonly Cell[];
  /** The audit entries an allowed call writes, in order; null for an answer that changes nothing. */
  audit: readonly string[] | null;
  prepare(cell: Cell, actor: ActionUser): Promise<Prepared>;
  /** Whether a result is this action's refusal (besides the wrapper's "refused"). */
  refusal?(result: Result, cell: Cell): boolean;
  /** Whether a result is this action's success (besides `ok`). */
  success?(result: Result): boolean;
};

const REASON = { comment: "Số dân chưa khớp với danh sách hộ gia đình" };

const CALLS: Record<string, ActionCall> = {
  saveReport: {
    cells: PLACE_CELLS,
    audit: ["report.save"],
    async prepare(cell) {
      await setReport(cell, "DRAFT", 1);
      const unit = await unitOf(place(cell).commune);
      return {
        input: reportFormInput(unit.code, place(cell).month, 1),
        verify: async () => expect(await reportOf(cell)).toMatchObject({ status: "DRAFT", version: 2 }),
      };
    },
  },
  submitReport: {
    cells: PLACE_CELLS,
    audit: ["report.submit"],
    async prepare(cell, actor) {
      await setReport(cell, "DRAFT", 1);
      const unit = await unitOf(place(cell).commune);
      return {
        input: reportFormInput(unit.code, place(cell).month, 1),
        verify: async () =>
          expect(await reportOf(cell)).toMatchObject({ status: "SUBMITTED", version: 2, submittedById: actor.id }),
      };
    },
  },
  previewReportImport: {
    cells: PLACE_CELLS,
    audit: null,
    async prepare(cell) {
      await setReport(cell, "DRAFT", 1);
      const { upload } = await reportFile(cell);
      return { input: { file: upload } };
    },
    success: (result) => {
      const preview = result.data as ImportPreview | undefined;
      return preview?.token !== null && preview?.issueCount === 0 && preview.counts.updated === 1;
    },
    // Out of scope, the preview names the row's unit as outside the scope, and offers no import.
    refusal: (result, cell) => {
      const preview = result.data as ImportPreview | undefined;
      const { commune, month } = place(cell);
      const outOfScope = fill(t.reports.import.issues.outOfScope, {
        code: codes[commune]!,
        month: formatMonth(month, "vi"),
      });
      return result.ok && preview?.token === null && preview.issues.map((issue) => issue.message).join() === outOfScope;
    },
  },
  importReports: {
    cells: PLACE_CELLS,
    audit: ["report.import", "report.import_file"],
    async prepare(cell, actor) {
      await setReport(cell, "DRAFT", 1);
      const { upload, population } = await reportFile(cell);
      return {
        input: { file: upload, token: await previewToken(actor, upload) },
        verify: async () =>
          expect(await reportOf(cell)).toMatchObject({ status: "SUBMITTED", population, submittedById: actor.id }),
      };
    },
    // The rows are checked against the scope: a file with a row outside it is refused whole.
    refusal: (result) => !result.ok && result.message === t.reports.import.hasErrors,
  },
  approveReport: {
    cells: PLACE_CELLS,
    audit: ["report.approve"],
    async prepare(cell) {
      const reportId = await setReport(cell, "SUBMITTED", 2);
      return {
        input: { reportId, version: 2 },
        verify: async () => expect(await reportOf(cell)).toMatchObject({ status: "APPROVED", version: 3 }),
      };
    },
  },
  returnReport: {
    cells: PLACE_CELLS,
    audit: ["report.return"],
    async prepare(cell) {
      const reportId = await setReport(cell, "SUBMITTED", 2);
      return {
        input: { reportId, version: 2, ...REASON },
        verify: async () =>
          expect(await reportOf(cell)).toMatchObject({ status: "RETURNED", reviewComment: REASON.comment }),
      };
    },
  },
  unlockReport: {
    cells: PLACE_CELLS,
    audit: ["report.unlock"],
    async prepare(cell) {
      const reportId = await setReport(cell, "APPROVED", 3);
      return {
        input: { reportId, version: 3, reason: REASON.comment },
        verify: async () => expect(await reportOf(cell)).toMatchObject({ status: "RETURNED", version: 4 }),
      };
    },
  },
  approveMonth: {
    cells: PLACE_CELLS,
    audit: ["report.approve"],
    async prepare(cell) {
      const reportId = await setReport(cell, "SUBMITTED", 2);
      return {
        input: { unitId: tree[place(cell).approver], month: place(cell).month, reports: `${reportId}:2` },
        verify: async () => expect(await reportOf(cell)).toMatchObject({ status: "APPROVED", version: 3 }),
      };
    },
  },
  lockMonth: {
    cells: PLACE_CELLS,
    audit: ["report.lock"],
    async prepare(cell) {
      const reportId = await setReport(cell, "APPROVED", 3);
      return {
        // The approver's other communes have not reported: the lock gives its reason.
        input: {
          unitId: tree[place(cell).approver],
          month: place(cell).month,
          reports: `${reportId}:3`,
          lockReason: "Quá hạn, chốt số liệu",
        },
        verify: async () => expect(await reportOf(cell)).toMatchObject({ status: "LOCKED", version: 4 }),
      };
    },
  },
  remindCommune: {
    cells: PLACE_CELLS,
    audit: ["report.remind"],
    async prepare(cell) {
      const unitId = await notRemindedCommune(cell);
      return {
        input: { unitId, month: place(cell).month },
        verify: async () =>
          expect(
            await db.outboxMessage.count({
              where: { unitId, kind: "REMINDER", recipientId: TARGET_USERS[cell as Place] },
            }),
          ).toBe(1),
      };
    },
  },
  remindAll: {
    cells: PLACE_CELLS,
    audit: ["report.remind"],
    async prepare(cell) {
      const unitId = await notRemindedCommune(cell);
      return {
        input: { unitId: tree[place(cell).approver], month: place(cell).month },
        verify: async () =>
          expect(
            await db.outboxMessage.count({
              where: { unitId, kind: "REMINDER", recipientId: TARGET_USERS[cell as Place] },
            }),
          ).toBe(1),
      };
    },
  },
  createUser: {
    cells: PLACE_CELLS,
    audit: ["user.create"],
    async prepare(cell) {
      const username = `matrix.created.${fresh()}`;
      const scopeUnitId = tree[place(cell).commune];
      return {
        input: {
          username,
          name: "Nguyễn Văn Mới",
          role: "COMMUNE_STAFF",
          scopeUnitId: String(scopeUnitId),
          password: "mat-khau-ban-dau",
        },
        verify: async () =>
          expect(await db.user.findUnique({ where: { username } })).toMatchObject({
            scopeUnitId,
            mustChangePassword: true,
          }),
      };
    },
  },
  setUserActive: {
    cells: PLACE_CELLS,
    audit: ["user.deactivate"],
    async prepare(cell) {
      const userId = TARGET_USERS[cell as Place];
      await db.user.update({ where: { id: userId }, data: { active: true } });
      await openSession(userId);
      return {
        input: { userId, active: "false" },
        verify: async () => {
          expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ active: false });
          expect(await db.session.count({ where: { userId } })).toBe(0);
        },
      };
    },
  },
  setUserPhone: {
    cells: PLACE_CELLS,
    audit: ["user.set_phone"],
    async prepare(cell) {
      const userId = TARGET_USERS[cell as Place];
      const phone = `09${String(fresh()).padStart(8, "0")}`;
      return {
        input: { userId, phone },
        verify: async () => expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ phone }),
      };
    },
  },
  resetUserPassword: {
    cells: PLACE_CELLS,
    audit: ["user.password_reset"],
    async prepare(cell) {
      const userId = TARGET_USERS[cell as Place];
      const password = `mat-khau-dat-lai-${fresh()}`;
      await openSession(userId);
      const before = await passwordHash(userId);
      return {
        input: { userId, password },
        verify: async () => {
          expect(await passwordHash(userId)).not.toBe(before);
          expect(await db.session.count({ where: { userId } })).toBe(0);
        },
      };
    },
  },
  unlockSignIn: {
    cells: PLACE_CELLS,
    audit: ["user.unlock_sign_in"],
    async prepare(cell) {
      const userId = TARGET_USERS[cell as Place];
      const { username } = await db.user.findUniqueOrThrow({ where: { id: userId } });
      const key = `user:${username}`;
      const lock = { username, failures: 10, windowStart: new Date(), lockedUntil: new Date(Date.now() + 900_000) };
      await db.signInThrottle.upsert({ where: { key }, create: { key, ...lock }, update: lock });
      return {
        input: { userId },
        verify: async () => expect(await db.signInThrottle.count({ where: { username } })).toBe(0),
      };
    },
  },
  createPlan: {
    cells: PLACE_CELLS,
    audit: ["plan.create"],
    async prepare(cell) {
      const form = planForm(tree[place(cell).province]);
      return {
        input: form,
        verify: async () =>
          expect(await db.plan.count({ where: { number: form.number, scopeUnitId: tree[place(cell).province] } })).toBe(
            1,
          ),
      };
    },
  },
  updatePlan: {
    cells: PLACE_CELLS,
    audit: ["plan.update"],
    async prepare(cell) {
      const plan = await planFor("updatePlan", cell);
      const title = `Kế hoạch sửa lần ${fresh()}`;
      return {
        input: planForm(tree[place(cell).province], { planId: String(plan.id), version: String(plan.version), title }),
        verify: async () =>
          expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
            title,
            version: plan.version + 1,
          }),
      };
    },
  },
  archivePlan: {
    cells: PLACE_CELLS,
    audit: ["plan.archive"],
    async prepare(cell) {
      const plan = await planFor("archivePlan", cell);
      return {
        input: { planId: plan.id, version: plan.version, archived: "true" },
        verify: async () =>
          expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).archivedAt).not.toBeNull(),
      };
    },
  },
  createCampaign: {
    cells: PLACE_CELLS,
    audit: ["campaign.create"],
    async prepare(cell) {
      const name = `Tháng cao điểm ${fresh()}`;
      const { month, commune } = place(cell);
      return {
        input: {
          unitId: String(tree[commune]),
          name,
          firstMonth: month,
          lastMonth: month,
          targetNewlyEnrolled: "100",
          responsibleAgency: "BHXH",
        },
        verify: async () => expect(await db.campaign.count({ where: { name, unitId: tree[commune] } })).toBe(1),
      };
    },
  },
  updateCampaign: {
    cells: PLACE_CELLS,
    audit: ["campaign.update"],
    async prepare(cell) {
      const id = CAMPAIGNS.updateCampaign[cell as Place];
      const { version } = await db.campaign.findUniqueOrThrow({ where: { id } });
      const name = `Đợt sửa lần ${fresh()}`;
      const { month, commune } = place(cell);
      return {
        input: {
          campaignId: String(id),
          version: String(version),
          unitId: String(tree[commune]),
          name,
          firstMonth: month,
          lastMonth: month,
          targetRate: "97,2",
          responsibleAgency: "BHXH",
        },
        verify: async () =>
          expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({
            name,
            targetRateBp: 9720,
            version: version + 1,
          }),
      };
    },
  },
  endCampaign: {
    cells: ["inAfter", "outAfter"],
    audit: ["campaign.end"],
    async prepare(cell) {
      const id = CAMPAIGNS.endCampaign[cell as Place];
      // Running today: from the place's month to far ahead.
      const { version } = await db.campaign.update({
        where: { id },
        data: { lastMonth: monthToDate("2099-12"), endedEarlyAt: null },
      });
      return {
        input: { campaignId: String(id), version: String(version) },
        verify: async () =>
          expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({
            lastMonth: monthToDate(currentMonth()),
            version: version + 1,
          }),
      };
    },
  },
  allocatePlan: {
    cells: PLACE_CELLS,
    audit: ["plan.allocate"],
    async prepare(cell) {
      const plan = await planFor("allocatePlan", cell);
      const child = tree[place(cell).child];
      const rateBp = 9_600 + (fresh() % 300);
      return {
        input: {
          planId: String(plan.id),
          version: String(plan.version),
          parentUnitId: String(tree[place(cell).province]),
          milestone: "2025-12",
          row: "all",
          [`unit.${child}.rate`]: `${rateBp / 100}`,
        },
        verify: async () =>
          expect(await db.planTarget.count({ where: { planId: plan.id, unitId: child, rateBp } })).toBe(1),
      };
    },
  },
  saveThreshold: {
    cells: PERIOD_CELLS,
    audit: ["threshold.create"],
    async prepare(cell) {
      if (cell === "before") {
        // A new threshold for a year before any in the table.
        const year = ++thresholdYear;
        return {
          input: {
            level: "MODEL",
            validFrom: `${year}-01`,
            validTo: `${year}-12`,
            rate: "90",
            legalBasis: "Thử nghiệm",
          },
          verify: async () =>
            expect(
              await db.ruralStandardThreshold.count({
                where: { level: "MODEL", validFrom: monthToDate(`${year}-01` as Month) },
              }),
            ).toBe(1),
        };
      }
      // The threshold in force today (from 2021, open-ended): a corrected rate.
      const current = await db.ruralStandardThreshold.findFirstOrThrow({ where: { level: "MODEL", validTo: null } });
      return {
        input: {
          id: String(current.id),
          version: String(current.version),
          level: "MODEL",
          validFrom: "2021-01",
          validTo: "",
          rate: "96",
          legalBasis: current.legalBasis,
        },
        audit: ["threshold.update"],
        verify: async () =>
          expect(await db.ruralStandardThreshold.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({
            rateBp: 9_600,
            version: current.version + 1,
          }),
      };
    },
  },
  deleteThreshold: {
    cells: PERIOD_CELLS,
    audit: ["threshold.delete"],
    async prepare(cell) {
      const year = cell === "before" ? 1990 : 2030;
      const row = await db.ruralStandardThreshold.create({
        data: {
          level: "STANDARD",
          validFrom: monthToDate(`${year}-01` as Month),
          validTo: monthEndDate(`${year}-12` as Month),
          rateBp: 8_000,
          legalBasis: "Thử nghiệm",
        },
      });
      return {
        input: { id: String(row.id), version: String(row.version) },
        verify: async () => expect(await db.ruralStandardThreshold.count({ where: { id: row.id } })).toBe(0),
      };
    },
  },
  createReportingRule: {
    cells: PERIOD_CELLS,
    audit: ["reporting_rule.create"],
    async prepare(cell) {
      const rule = nextRule(cell);
      return {
        input: {
          effectiveFrom: rule.effectiveFrom.toISOString().slice(0, 7),
          approverLevel: rule.approverLevel,
          deadlineDay: rule.deadlineDay,
        },
        verify: async () =>
          expect(await db.reportingRule.count({ where: { effectiveFrom: rule.effectiveFrom } })).toBe(1),
      };
    },
  },
  updateReportingRule: {
    cells: PERIOD_CELLS,
    audit: ["reporting_rule.update"],
    async prepare(cell) {
      const rule = await createRuleRow(cell);
      return {
        input: {
          ruleId: rule.id,
          approverLevel: rule.approverLevel,
          deadlineDay: 6,
          seenApproverLevel: rule.approverLevel,
          seenDeadlineDay: 5,
          seenOpensDaysBeforeEnd: 0,
          seenRemindDaysBeforeDeadline: 3,
        },
        verify: async () =>
          expect(await db.reportingRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({
            deadlineDay: 6,
          }),
      };
    },
  },
  deleteReportingRule: {
    cells: PERIOD_CELLS,
    audit: ["reporting_rule.delete"],
    async prepare(cell) {
      const rule = await createRuleRow(cell);
      return {
        input: {
          ruleId: rule.id,
          seenApproverLevel: rule.approverLevel,
          seenDeadlineDay: 5,
          seenOpensDaysBeforeEnd: 0,
          seenRemindDaysBeforeDeadline: 3,
        },
        verify: async () => expect(await db.reportingRule.count({ where: { id: rule.id } })).toBe(0),
      };
    },
  },
  importUnitList: {
    cells: PERIOD_CELLS,
    audit: ["unit.import_list"],
    async prepare(cell) {
      return {
        input: await unitImport("importUnitList", cell),
        verify: async (result) => expect(result.data).toMatchObject({ applied: true, changes: 0 }),
      };
    },
  },
  importSuccessionTable: {
    cells: ["table"],
    audit: ["unit.import_successions"],
    async prepare(cell) {
      return {
        input: await unitImport("importSuccessionTable", cell),
        verify: async (result) => expect(result.data).toMatchObject({ applied: true, changes: 0 }),
      };
    },
  },
  createGroupSet: {
    cells: ["set"],
    audit: ["group_set.create"],
    async prepare() {
      const groups = await db.participantGroup.findMany({ orderBy: { ordinal: "asc" }, select: { id: true } });
      return {
        input: {
          validFrom: "2030-01",
          code: "MATRIX-2030",
          name: "Nhóm đối tượng thử",
          legalBasis: "Văn bản thử",
          "g0.code": "1",
          "g0.ordinal": "1",
          "g0.name": "Mọi nhóm cũ",
          "g0.shortName": "Tất cả",
          "g0.continues": groups.map((group) => String(group.id)),
        },
        verify: async () =>
          expect(await db.groupSet.findUnique({ where: { code: "MATRIX-2030" } })).toMatchObject({
            validFrom: monthToDate("2030-01"),
          }),
      };
    },
  },
  importOfficialPopulation: {
    cells: PERIOD_CELLS,
    audit: ["population.import"],
    async prepare(cell) {
      const [unitId, year] = cell === "before" ? [tree.p10, 2024] : [tree.n10, 2025];
      await db.officialPopulation.deleteMany({ where: { unitId, year } });
      const input = {
        file: file(csvFile(`Mã đơn vị,Năm,Dân số\n10,${year},12345`), "dan-so.csv"),
        intent: "preview" as const,
      };
      const preview = await runAuthedAction(SPECS.importOfficialPopulation!, input, actionEnvironment(actors.admin));
      expect(preview.data, preview.message ?? "").toMatchObject({ changes: 1, issueCount: 0 });
      return {
        input: { ...input, intent: "apply", fingerprint: (preview.data as { fingerprint: string }).fingerprint },
        verify: async () =>
          expect(await db.officialPopulation.findUnique({ where: { unitId_year: { unitId, year } } })).toMatchObject({
            population: 12_345,
          }),
      };
    },
  },
  importBoundaries: {
    cells: PERIOD_CELLS,
    audit: ["boundary.import"],
    async prepare(cell) {
      const [unitId, code, month] =
        cell === "before" ? [tree.c10001, "10001", "2025-06"] : [tree.c20001, "20001", "2025-09"];
      await db.unitBoundary.deleteMany({ where: { unitId } });
      const input = {
        file: file(csvFile(JSON.stringify(squaresGeoJson([code]))), "ranh-gioi.geojson"),
        month,
        intent: "preview" as const,
      };
      const preview = await runAuthedAction(SPECS.importBoundaries!, input, actionEnvironment(actors.admin));
      expect(preview.data, preview.message ?? "").toMatchObject({ counts: { created: 1 }, issues: [] });
      return {
        input: { ...input, intent: "apply", fingerprint: (preview.data as { fingerprint: string }).fingerprint },
        verify: async () =>
          expect(await db.unitBoundary.findUnique({ where: { unitId } })).toMatchObject({
            importedById: actors.admin.id,
          }),
      };
    },
  },
  markNotificationsRead: {
    cells: ["own"],
    audit: ["notification.read"],
    async prepare(_cell, actor) {
      const message = await db.outboxMessage.create({
        data: {
          recipientId: actor.id,
          unitId: actor.scopeUnitId,
          period: monthToDate("2025-09"),
          kind: "REMINDER",
          channel: "IN_APP",
          state: "SENT",
          attempts: 1,
          dedupeKey: `matrix:${fresh()}`,
          locale: "vi",
          body: "Nhắc nộp báo cáo",
          data: {},
        },
      });
      return {
        input: { ids: String(message.id) },
        verify: async () =>
          expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).readAt).not.toBeNull(),
      };
    },
  },
  changeOwnPassword: {
    cells: ["own"],
    audit: ["account.password_change"],
    async prepare(_cell, actor) {
      const newPassword = `mat-khau-rieng-${fresh()}`;
      const before = await passwordHash(actor.id);
      return {
        input: { currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword },
        verify: async () => expect(await passwordHash(actor.id)).not.toBe(before),
      };
    },
  },
};

/**
 * A place's commune as a reminder needs it: its report a draft, its staff account active, and no
 * message written for it yet (a reminder goes once a day).
 */
async function notRemindedCommune(cell: Cell): Promise<number> {
  await setReport(cell, "DRAFT", 1);
  const unitId = tree[place(cell).commune];
  await db.user.update({ where: { id: TARGET_USERS[cell as Place] }, data: { active: true } });
  await db.outboxMessage.deleteMany({ where: { unitId } });
  return unitId;
}

/** The report form with the steady figures (tests/fixtures/report-entry.ts). */
function reportFormInput(unitCode: string, month: Month, version: number): Record<string, string | number> {
  const { population, voluntarySocialInsured, voluntarySocialAssigned, groups } = STEADY;
  const form: Record<string, string | number> = {
    unitCode,
    month,
    version,
    population,
    voluntarySocialInsured,
    voluntarySocialAssigned,
  };
  for (const [code, [insured, eligible, newlyEnrolled, renewed]] of Object.entries(groups)) {
    Object.assign(form, {
      [`g${code}.insured`]: insured,
      [`g${code}.eligible`]: eligible,
      [`g${code}.newlyEnrolled`]: newlyEnrolled,
      [`g${code}.renewed`]: renewed,
    });
  }
  return form;
}

// ─── Setup ───────────────────────────────────────────────────────────────────────────────────
const SPECS: Record<string, ActionSpec<never, unknown>> = {};
const codes: Partial<Record<UnitKey, string>> = {};

beforeAll(async () => {
  dump = await tableDumper(db);
  tree = await createScopeTree(db);
  // The successions as an import of SUCCESSION_TABLE writes them: a full link takes the whole
  // (100%), and the old province 12 is linked to the new one (derived from its only commune).
  await db.unitSuccession.updateMany({ where: { kind: "FULL" }, data: { shareBp: 10_000 } });
  await db.unitSuccession.create({
    data: {
      predecessorId: tree.p12,
      successorId: tree.n12,
      kind: "FULL",
      shareBp: 10_000,
      effectiveOn: monthToDate("2025-07"),
    },
  });
  for (const [key, id] of Object.entries(tree))
    codes[key as UnitKey] = (await db.unit.findUniqueOrThrow({ where: { id } })).code;
  groupIds = (await createReportHistory(db, tree.c10001)).map((group) => group.id);
  for (const { exports } of await serverActionModules()) {
    for (const [name, value] of Object.entries(exports)) {
      const spec = authedActionSpec(value);
      if (spec) SPECS[name] = spec;
    }
  }
  for (const account of ACCOUNT_COLUMNS) {
    const { role, unit } = ACCOUNTS[account];
    actors[account] = await createTestUser(db, { username: `matrix.${account}`, role, scopeUnitId: tree[unit] });
  }
  const { population, voluntarySocialInsured, voluntarySocialAssigned, groups } = STEADY;
  for (const cell of PLACE_CELLS) {
    const { month, commune, province } = PLACES[cell];
    const unitId = tree[commune];
    const period = monthToDate(month);
    REPORTS[cell] = (
      await db.unitMonthReport.create({
        data: {
          unitId,
          period,
          population,
          voluntarySocialInsured,
          voluntarySocialAssigned,
          status: "DRAFT",
          version: 1,
        },
      })
    ).id;
    await db.enrollmentFigure.createMany({
      data: Object.values(groups).map(([insured, eligible, newlyEnrolled, renewed], i) => ({
        unitId,
        period,
        groupId: groupIds[i]!,
        insured,
        eligible,
        newlyEnrolled,
        renewed,
      })),
    });
    TARGET_USERS[cell] = (
      await createTestUser(db, { username: `matrix.target.${cell}`, role: "COMMUNE_STAFF", scopeUnitId: unitId })
    ).id;
    for (const action of ["updatePlan", "archivePlan", "allocatePlan"] as const) {
      (PLANS[action] ??= {} as Record<Place, number>)[cell] = await createPlanRow(tree[province]);
    }
    for (const action of ["updateCampaign", "endCampaign"] as const) {
      (CAMPAIGNS[action] ??= {} as Record<Place, number>)[cell] = await createCampaignRow(unitId, month);
    }
  }
});

/** The tables whose contents differ between two dumps. */
function changedTables(before: TableDump, after: TableDump): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((table) => before[table] !== after[table])
    .sort();
}

const lastAuditId = async () => (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;

/** "allowed", "refused", or what else the action answered (which fails the row). */
function outcome(action: string, cell: Cell, result: Result): string {
  const call = CALLS[action]!;
  if (call.refusal?.(result, cell)) return "refused";
  if (!result.ok && result.message === t.actions.refused && Object.keys(result.fieldErrors).length === 0)
    return "refused";
  if (result.ok && (call.success?.(result) ?? true)) return "allowed";
  return `unexpected: ${JSON.stringify({ ...result, data: undefined })}`;
}

type Row = { action: string; account: Account; cell: Cell; allowed: boolean };
const ROWS: Row[] = Object.entries(EXPECTED).flatMap(([action, columns]) =>
  ACCOUNT_COLUMNS.flatMap((account, column) =>
    [...columns[column]!].map((mark, i) => ({
      action,
      account,
      cell: CALLS[action]!.cells[i]!,
      allowed: mark === "Y",
    })),
  ),
);

describe("every server action: role × structure of the account × unit inside/outside the scope × before/after July 2025", () => {
  it("has expectations for every exported server action, and only for them", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(SPECS).sort());
    expect(Object.keys(CALLS).sort()).toEqual(Object.keys(SPECS).sort());
  });

  it("has one Y/N per cell of each action, for every account", () => {
    for (const [action, columns] of Object.entries(EXPECTED)) {
      expect(columns, action).toHaveLength(ACCOUNT_COLUMNS.length);
      for (const marks of columns) expect(marks, action).toMatch(new RegExp(`^[YN]{${CALLS[action]!.cells.length}}$`));
    }
  });

  it("compares every table but security_event, and sees a change in any of them", async () => {
    const before = await dump();
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'security_event' ORDER BY tablename`;
    expect(Object.keys(before).sort()).toEqual(tables.map((table) => table.name));
    const unit = await db.unit.findUniqueOrThrow({ where: { id: tree.c22001 } });
    await db.unit.update({ where: { id: unit.id }, data: { name: "Xã Tây Đổi Tên" } });
    expect(changedTables(before, await dump())).toEqual(["unit"]);
    await db.unit.update({ where: { id: unit.id }, data: { name: unit.name } });
    expect(changedTables(before, await dump())).toEqual([]);
  });

  it.each(ROWS)("$action by $account, $cell → allowed: $allowed", async ({ action, account, cell, allowed }) => {
    const actor = actors[account];
    const { input, verify, audit = CALLS[action]!.audit } = await CALLS[action]!.prepare(cell, actor);
    const before = await dump();
    const auditBefore = await lastAuditId();

    const result = await runAuthedAction(SPECS[action]!, input, actionEnvironment(actor));

    expect(outcome(action, cell, result)).toBe(allowed ? "allowed" : "refused");
    if (allowed && audit) {
      await verify?.(result);
      const entries = await db.auditEntry.findMany({
        where: { id: { gt: auditBefore } },
        orderBy: { id: "asc" },
        select: { action: true, userId: true },
      });
      expect(entries).toEqual(audit.map((name) => ({ action: name, userId: actor.id })));
    } else {
      expect(changedTables(before, await dump())).toEqual([]);
    }
  });

  it.each(Object.keys(EXPECTED).filter((action) => action !== "changeOwnPassword"))(
    "%s is refused, changing nothing, to an administrator who must first change their password",
    async (action) => {
      const call = CALLS[action]!;
      const { input } = await call.prepare(call.cells[0]!, actors.admin);
      const before = await dump();
      const result = await runAuthedAction(
        SPECS[action]!,
        input,
        actionEnvironment({ ...actors.admin, mustChangePassword: true }),
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
      expect(changedTables(before, await dump())).toEqual([]);
    },
  );

  it.each(["setUserActive", "resetUserPassword"])(
    "%s refuses, changing nothing, a user that does not exist, with the same answer as one out of scope",
    async (action) => {
      const before = await dump();
      const input = { userId: crypto.randomUUID(), active: "false", password: "mat-khau-dat-lai-1" };
      const result = await runAuthedAction(SPECS[action]!, input, actionEnvironment(actors["province.new"]));
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
      expect(changedTables(before, await dump())).toEqual([]);
    },
  );
});

// ─── Data reads ──────────────────────────────────────────────────────────────────────────────
// Expectations by hand from the scope rule: a scope covers its unit's descendants in the structure
// of the month, following successions across the July 2025 reorganisation.
const JUNE = "2025-06" as Month;
const SEPT = "2025-09" as Month;

type ReadRow = { account: Account; month: Month; unit: UnitKey; allowed: boolean };
const READS: ReadRow[] = [
  { account: "admin", month: SEPT, unit: "c22001", allowed: true },
  { account: "admin", month: JUNE, unit: "c12001", allowed: true },
  { account: "province.new", month: SEPT, unit: "n10", allowed: true },
  { account: "province.new", month: SEPT, unit: "c20001", allowed: true },
  { account: "province.new", month: SEPT, unit: "c22001", allowed: false },
  { account: "province.new", month: SEPT, unit: "n12", allowed: false },
  { account: "province.new", month: SEPT, unit: "vn", allowed: false },
  { account: "province.new", month: JUNE, unit: "c11001", allowed: true },
  { account: "province.new", month: JUNE, unit: "c12001", allowed: false },
  { account: "province.old", month: JUNE, unit: "c10003", allowed: true },
  { account: "province.old", month: JUNE, unit: "c11001", allowed: false },
  { account: "province.old", month: SEPT, unit: "c20001", allowed: true },
  { account: "province.old", month: SEPT, unit: "c22001", allowed: false },
  { account: "district.old", month: JUNE, unit: "c10002", allowed: true },
  { account: "district.old", month: JUNE, unit: "c10003", allowed: false },
  { account: "district.old", month: JUNE, unit: "p10", allowed: false },
  { account: "district.old", month: SEPT, unit: "c20001", allowed: true },
  { account: "district.old", month: SEPT, unit: "c20002", allowed: false },
  { account: "commune.new", month: SEPT, unit: "c20001", allowed: true },
  { account: "commune.new", month: SEPT, unit: "c20002", allowed: false },
  { account: "commune.new", month: SEPT, unit: "n10", allowed: false },
  { account: "commune.new", month: JUNE, unit: "c10001", allowed: true },
  { account: "commune.new", month: JUNE, unit: "c10003", allowed: false },
  { account: "commune.old", month: JUNE, unit: "c10001", allowed: true },
  { account: "commune.old", month: JUNE, unit: "c10002", allowed: false },
  { account: "commune.old", month: SEPT, unit: "c20001", allowed: true },
  { account: "leader.new", month: SEPT, unit: "c20002", allowed: true },
  { account: "leader.new", month: SEPT, unit: "c22001", allowed: false },
  { account: "leader.old", month: JUNE, unit: "c10002", allowed: true },
  { account: "leader.old", month: JUNE, unit: "c12001", allowed: false },
];

describe("dashboard reads: canAccessUnit and the scope SQL", () => {
  it.each(READS)("$account, $month, unit $unit → allowed: $allowed", async ({ account, month, unit, allowed }) => {
    const before = await dump();
    expect(await canAccessUnit(actors[account], tree[unit], month)).toBe(allowed);
    expect(changedTables(before, await dump())).toEqual([]);
  });

  it("gives a provincial official of the new province, for June 2025, exactly the old units that formed it", async () => {
    const rows = await db.$queryRaw<{ unit_id: number }[]>(scopeUnitsSql(tree.n10, JUNE));
    const ids = new Set(rows.map((row) => row.unit_id));
    const expected: UnitKey[] = ["p10", "d100", "d101", "c10001", "c10002", "c10003", "p11", "d110", "c11001"];
    expect(ids).toEqual(new Set(expected.map((key) => tree[key])));
  });

  it("answers a unit out of scope exactly like a unit that does not exist (what the dashboard shows as 404)", async () => {
    // resolveDashboardUnit: getUnitByCode(code, month), then canAccessUnit → notFound().
    const resolve = async (user: ActionUser, code: string, month: Month) => {
      const unit = await getUnitByCode(code, month);
      if (!unit) return "notInMonth";
      return (await canAccessUnit(user, unit.id, month)) ? unit.name : "notFound";
    };
    const staff = actors["commune.new"];
    expect(await resolve(staff, "20001", SEPT)).toBe("Xã An Bình");
    expect(await resolve(staff, "22001", SEPT)).toBe("notFound");
    expect(await resolve(staff, "10", SEPT)).toBe("notFound");
    expect(await resolve(staff, "VN", SEPT)).toBe("notFound");
    expect(await resolve(actors["province.new"], "12", JUNE)).toBe("notFound");
    expect(await resolve(actors["province.new"], "10", JUNE)).toBe("Tỉnh Mười cũ");
    expect(await resolve(actors.admin, "22001", SEPT)).toBe("Xã Tây Mới");
  });

  it.each([
    { account: "province.new" as Account, unit: "c20002" as UnitKey, allowed: true },
    { account: "province.new" as Account, unit: "d110" as UnitKey, allowed: true },
    { account: "province.new" as Account, unit: "c22001" as UnitKey, allowed: false },
    { account: "province.new" as Account, unit: "p12" as UnitKey, allowed: false },
    { account: "province.new" as Account, unit: "vn" as UnitKey, allowed: false },
    { account: "province.old" as Account, unit: "c10001" as UnitKey, allowed: false },
    { account: "commune.new" as Account, unit: "c20001" as UnitKey, allowed: true },
    { account: "commune.new" as Account, unit: "c20002" as UnitKey, allowed: false },
    { account: "admin" as Account, unit: "c22001" as UnitKey, allowed: true },
  ])("canManageUnit: $account on $unit → $allowed", async ({ account, unit, allowed }) => {
    expect(await canManageUnit(actors[account], tree[unit])).toBe(allowed);
  });
});

describe("listUsersInScope and getAuditEntries: only the actor's units", () => {
  let insideUser: string;
  let outsideUser: string;

  beforeAll(async () => {
    insideUser = (
      await createTestUser(db, { username: "scope.inside", role: "COMMUNE_STAFF", scopeUnitId: tree.c20002 })
    ).username;
    outsideUser = (
      await createTestUser(db, { username: "scope.outside", role: "COMMUNE_STAFF", scopeUnitId: tree.c22001 })
    ).username;
    await db.auditEntry.createMany({
      data: [
        { action: "user.create", entityType: "user", entityId: "marker-inside", unitId: tree.c20002 },
        { action: "user.create", entityType: "user", entityId: "marker-outside", unitId: tree.c22001 },
      ],
    });
  });

  it.each([
    { account: "admin" as Account, inside: true, outside: true },
    { account: "province.new" as Account, inside: true, outside: false },
    { account: "commune.new" as Account, inside: false, outside: false }, // c20002 is another commune
  ])("$account: users and audit entries inside → $inside, outside → $outside", async ({ account, inside, outside }) => {
    const before = await dump();
    const usernames = (await listUsersInScope(actors[account])).map((user) => user.username);
    expect(usernames.includes(insideUser)).toBe(inside);
    expect(usernames.includes(outsideUser)).toBe(outside);

    const { entries } = await getAuditEntries(actors[account], { action: null, page: 1 });
    const markers = entries.map((entry) => entry.entity_id);
    expect(markers.includes("marker-inside")).toBe(inside);
    expect(markers.includes("marker-outside")).toBe(outside);
    expect(changedTables(before, await dump())).toEqual([]);
  });
});
