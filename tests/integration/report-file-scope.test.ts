// Import and export × role × a commune inside and outside the user's scope, on the scope tree
// (tests/fixtures/scope-tree.ts), with the answers written out by hand from the roles: administrators
// anywhere; provincial officials, district officers and commune staff inside their scope only;
// leaders export inside their scope but never import. A refused import leaves every report, figure
// and audit entry as it was.
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { importReportsSpec } from "@/lib/reports/import/import-reports";
import { prepareImport } from "@/lib/reports/import/prepare-import";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { vietnameseHeader, xlsxFile } from "../helpers/report-files";

const t = MESSAGES.vi;
type UnitKey = keyof ScopeTree;
let tree: ScopeTree;
const actors = {} as Record<Role, ActionUser>;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

const SCOPE: Record<Role, UnitKey> = {
  ADMIN: "vn",
  PROVINCIAL_OFFICIAL: "n10",
  DISTRICT_OFFICER: "d100",
  COMMUNE_STAFF: "c20001",
  LEADER: "n10",
};

/** A commune inside and one outside each role's scope, and the month in which both exist. */
const TARGETS: Record<Role, { inside: UnitKey; outside: UnitKey; month: Month }> = {
  ADMIN: { inside: "c20001", outside: "c22001", month: "2025-09" },
  PROVINCIAL_OFFICIAL: { inside: "c20001", outside: "c22001", month: "2025-09" },
  DISTRICT_OFFICER: { inside: "c10001", outside: "c12001", month: "2025-06" },
  COMMUNE_STAFF: { inside: "c20001", outside: "c22001", month: "2025-09" },
  LEADER: { inside: "c20001", outside: "c22001", month: "2025-09" },
};

const IMPORT: Record<Role, { inside: boolean; outside: boolean }> = {
  ADMIN: { inside: true, outside: true },
  PROVINCIAL_OFFICIAL: { inside: true, outside: false },
  DISTRICT_OFFICER: { inside: true, outside: false },
  COMMUNE_STAFF: { inside: true, outside: false },
  LEADER: { inside: false, outside: false },
};

const EXPORT: Record<Role, { inside: boolean; outside: boolean }> = {
  ADMIN: { inside: true, outside: true },
  PROVINCIAL_OFFICIAL: { inside: true, outside: false },
  DISTRICT_OFFICER: { inside: true, outside: false },
  COMMUNE_STAFF: { inside: true, outside: false },
  LEADER: { inside: true, outside: false },
};

const ROLES = Object.keys(SCOPE) as Role[];
const CASES = ROLES.flatMap((role) => (["inside", "outside"] as const).map((where) => ({ role, where })));

beforeAll(async () => {
  tree = await createScopeTree(db);
  const groupSet = await db.groupSet.create({
    data: { code: "G", name: "G", legalBasis: "-", validFrom: new Date("2015-01-01T00:00:00Z") },
  });
  await db.participantGroup.create({
    data: { groupSetId: groupSet.id, code: "1", ordinal: 1, name: "Nhóm 1", shortName: "N1" },
  });
  for (const role of ROLES) {
    actors[role] = await createTestUser(db, {
      username: `file.${role.toLowerCase()}`,
      role,
      scopeUnitId: tree[SCOPE[role]],
    });
  }
});

async function snapshot(): Promise<string> {
  const [reports, figures, audit] = await Promise.all([
    db.unitMonthReport.findMany({ orderBy: { id: "asc" } }),
    db.enrollmentFigure.findMany({ orderBy: [{ unitId: "asc" }, { period: "asc" }, { groupId: "asc" }] }),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ reports, figures, audit });
}

describe("import: role × commune inside/outside the scope", () => {
  it.each(CASES)("$role, a commune $where", async ({ role, where }) => {
    const target = TARGETS[role];
    const unit = await db.unit.findUniqueOrThrow({ where: { id: tree[target[where]] } });
    const population = 1_000 + Math.floor(Math.random() * 1_000);
    const file = await xlsxFile("scope.xlsx", vietnameseHeader(1), [
      [unit.code, unit.name, target.month, population, null, null, 10, 20, 1, 2],
    ]);
    const actor = actors[role];
    // The preview is what the page would show; the action checks everything again on its own.
    const token = (
      await prepareImport(db, actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, new Date())
    ).token;
    const before = await snapshot();

    const result = await runAuthedAction(
      importReportsSpec,
      { file, token: token ?? "0".repeat(64) },
      actionEnvironment(actor),
    );

    if (IMPORT[role][where]) {
      expect(result.ok).toBe(true);
      const period = new Date(`${target.month}-01T00:00:00Z`);
      expect(
        await db.unitMonthReport.findUniqueOrThrow({ where: { unitId_period: { unitId: unit.id, period } } }),
      ).toMatchObject({
        population,
        submittedById: actor.id,
      });
    } else {
      expect(result).toMatchObject({
        ok: false,
        message: role === "LEADER" ? t.actions.refused : t.reports.import.hasErrors,
      });
      expect(await snapshot()).toBe(before);
    }
  });
});

describe("export: role × commune inside/outside the scope", () => {
  it.each(CASES)("$role, a commune $where", async ({ role, where }) => {
    const target = TARGETS[role];
    const plan = await prepareExport(
      actors[role],
      { unit: { id: tree[target[where]] }, from: target.month, to: target.month },
      new Date(),
    );
    expect(plan.kind).toBe(EXPORT[role][where] ? "ready" : "notFound");
  });
});
