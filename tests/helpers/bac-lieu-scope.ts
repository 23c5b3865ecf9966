// What the official of old Bạc Liêu (95) may read after the July 2025 reorganisation, asserted on
// a database holding old Bạc Liêu, old and new Cà Mau (96) and the successions between their
// communes: the demo seed or the national lists. Every read path asks lib/permissions/scope.ts; the
// expectations come from the succession rows themselves (the new communes that received a commune
// of old Bạc Liêu), not from the scope SQL.
import { beforeAll, describe, expect, it } from "vitest";

import { currentStructureMonth } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import type { Month } from "@/lib/period";
import { canAccessUnit } from "@/lib/permissions/scope";
import { canViewPlan, viewablePlans } from "@/lib/plans/plan-access";
import { getPlans } from "@/lib/queries/get-plans";
import { getReportUnitOptions } from "@/lib/queries/get-report-unit-options";
import { getUnitByCode } from "@/lib/queries/units";
import { findUnitInScope, prepareExport } from "@/lib/reports/export/prepare-export";

import { createTestUser } from "../fixtures/users";

const JUNE: Month = "2025-06";
const JULY: Month = "2025-07";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const unitId = async (code: string, month: Month) => (await getUnitByCode(code, month))!.id;

type Official = { role: "PROVINCIAL_OFFICIAL"; scopeUnitId: number; scopeUnit: { kind: string } };

/** `load` fills the empty database of the test file; `communesOfOldBacLieu` is how many old Bạc Liêu has. */
export function describeBacLieuScope(source: string, load: () => Promise<void>, communesOfOldBacLieu: number) {
  describe(`the official of old Bạc Liêu (95), on ${source}`, () => {
    let bacLieu: Official;
    let newCaMauOfficial: Official;
    let ids: { oldBacLieu: number; oldCaMau: number; newCaMau: number; country: number };
    /** The new communes of Cà Mau, by code, and whether a commune of old Bạc Liêu went into each. */
    let fromBacLieu: Map<string, boolean>;

    beforeAll(async () => {
      await load();
      ids = {
        oldBacLieu: await unitId("95", JUNE),
        oldCaMau: await unitId("96", JUNE),
        newCaMau: await unitId("96", JULY),
        country: await unitId("VN", JULY),
      };
      const user = async (username: string, scopeUnitId: number): Promise<Official> => {
        await createTestUser(db, { username, role: "PROVINCIAL_OFFICIAL", scopeUnitId });
        return { role: "PROVINCIAL_OFFICIAL", scopeUnitId, scopeUnit: { kind: "PROVINCE" } };
      };
      bacLieu = await user("tinh.baclieu.test", ids.oldBacLieu);
      newCaMauOfficial = await user("tinh.camau.test", ids.newCaMau);

      const newCommunes = await db.unit.findMany({
        where: { parentId: ids.newCaMau },
        select: { id: true, code: true },
      });
      const links = await db.unitSuccession.findMany({
        where: { successorId: { in: newCommunes.map((commune) => commune.id) } },
        select: { successorId: true, predecessor: { select: { parent: { select: { parentId: true } } } } },
      });
      const received = new Set(
        links.filter((link) => link.predecessor.parent?.parentId === ids.oldBacLieu).map((link) => link.successorId),
      );
      fromBacLieu = new Map(newCommunes.map((commune) => [commune.code, received.has(commune.id)]));
    });

    it("sees, in today's structure, exactly the new communes its communes went into, not new Cà Mau", async () => {
      const today = currentStructureMonth();
      expect(fromBacLieu.get("31825")).toBe(true); // Phường Bạc Liêu, formed from five wards of old Bạc Liêu
      expect(fromBacLieu.get("32002")).toBe(false); // Phường An Xuyên, formed from old Cà Mau only
      expect(await canAccessUnit(bacLieu, ids.newCaMau, today)).toBe(false);
      expect(await canAccessUnit(bacLieu, ids.country, today)).toBe(false);
      for (const [code, expected] of fromBacLieu) {
        const commune = await getUnitByCode(code, today);
        expect(await canAccessUnit(bacLieu, commune!.id, today), code).toBe(expected);
      }
    });

    it("sees old Bạc Liêu, not old Cà Mau, in the structure of June 2025", async () => {
      expect(await canAccessUnit(bacLieu, ids.oldBacLieu, JUNE)).toBe(true);
      expect(await canAccessUnit(bacLieu, ids.oldCaMau, JUNE)).toBe(false);
      expect(await canAccessUnit(bacLieu, ids.newCaMau, "2025-09")).toBe(false);
    });

    it("exports old Bạc Liêu's territory across the change, and nothing of new Cà Mau", async () => {
      const now = day("2025-08-15");
      expect(await prepareExport(bacLieu, { unit: { id: ids.newCaMau }, from: JULY, to: JULY }, now)).toEqual({
        kind: "notFound",
      });
      const own = await prepareExport(bacLieu, { unit: { id: ids.oldBacLieu }, from: JUNE, to: JULY }, now);
      const fromIt = [...fromBacLieu.values()].filter(Boolean).length;
      expect(own).toMatchObject({
        kind: "ready",
        rows: communesOfOldBacLieu + fromIt,
        baseUnits: communesOfOldBacLieu + fromIt,
      });
      expect(await findUnitInScope(bacLieu, { id: ids.newCaMau }, JULY)).toBeNull();
      const options = await getReportUnitOptions(bacLieu);
      expect(options.some((option) => option.id === ids.newCaMau)).toBe(false);
      const today = currentStructureMonth();
      const optionIds = new Set(options.map((option) => option.id));
      expect(optionIds.has(await unitId("31825", today))).toBe(true);
      expect(optionIds.has(await unitId("32002", today))).toBe(false);
    });

    it("does not see new Cà Mau's plans, and still sees old Bạc Liêu's", async () => {
      const plan = (scopeUnitId: number, number: string) =>
        db.plan.create({
          data: {
            number,
            title: `Kế hoạch ${number}`,
            issuer: "UBND tỉnh",
            issuedOn: day("2025-08-01"),
            scopeUnitId,
            periodStart: day("2025-01-01"),
            periodEnd: day("2025-12-31"),
          },
        });
      const newPlan = await plan(ids.newCaMau, "01/KH-UBND-CM");
      const oldPlan = await plan(ids.oldBacLieu, "01/KH-UBND-BL");
      expect(await canViewPlan(bacLieu, ids.newCaMau)).toBe(false);
      expect(await canViewPlan(bacLieu, ids.oldBacLieu)).toBe(true);
      const listed = (await getPlans(bacLieu)).map((item) => item.id);
      expect(listed).toContain(oldPlan.id);
      expect(listed).not.toContain(newPlan.id);
      expect(await canViewPlan(newCaMauOfficial, ids.newCaMau)).toBe(true);
      // New Cà Mau's plan applies to Phường Bạc Liêu, which the official reads: its dashboard names
      // the plan without a link, since the plan page would answer 404.
      expect(await viewablePlans(bacLieu, [newPlan.id, oldPlan.id])).toEqual(new Set([oldPlan.id]));
      expect((await viewablePlans(newCaMauOfficial, [newPlan.id])).has(newPlan.id)).toBe(true);
    });

    it("lets new Cà Mau's official read both old provinces that went whole into it, not the country", async () => {
      for (const id of [ids.oldBacLieu, ids.oldCaMau])
        expect(await canAccessUnit(newCaMauOfficial, id, JUNE)).toBe(true);
      expect(await canAccessUnit(newCaMauOfficial, ids.country, JUNE)).toBe(false);
      expect(await canAccessUnit(newCaMauOfficial, ids.newCaMau, currentStructureMonth())).toBe(true);
    });
  });
}
