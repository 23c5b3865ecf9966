// How user scopes and plan targets follow a reorganisation imported from unit lists and a succession
// table (rules in lib/permissions/scope.ts and lib/queries/get-target-candidates.ts):
//   until 2025-06: province 10 → district 100 (communes 10001, 10002, 10003)
//                  province 11 → district 110 (communes 11001, 11002)
//   from 2025-07:  province 10 "Mới" → 20001 (= 10001, renamed and re-coded), 20002 (10002 + 10003),
//                                      20003 (= 11001)
//                  province 12 → 22001 (= 11002)
// So old 10 went whole into new 10, old 11 was split between new 10 and new 12.
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { db } from "@/lib/db";
import type { Month } from "@/lib/period";
import { canAccessUnit } from "@/lib/permissions/scope";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";
import { getUnitByCode } from "@/lib/queries/units";

import { createTestUser } from "../fixtures/users";
import { csvFile, file, importSuccessions, importUnitList } from "../helpers/unit-import";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JUNE: Month = "2025-06";
const SEPTEMBER: Month = "2025-09";

const oldList = [
  "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp",
  "Tỉnh Mười,10,Huyện Một,100,Xã An,10001,Xã",
  "Tỉnh Mười,10,Huyện Một,100,Xã Bình,10002,Xã",
  "Tỉnh Mười,10,Huyện Một,100,Phường Cát,10003,Phường",
  "Tỉnh Mười Một,11,Huyện Mười,110,Xã Đông,11001,Xã",
  "Tỉnh Mười Một,11,Huyện Mười,110,Xã Tây,11002,Xã",
].join("\n");
const newList = [
  "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp",
  "Tỉnh Mười Mới,10,Xã An Mới,20001,Xã",
  "Tỉnh Mười Mới,10,Phường Bình Cát,20002,Phường",
  "Tỉnh Mười Mới,10,Xã Đông Mới,20003,Xã",
  "Tỉnh Mười Hai,12,Xã Tây Mới,22001,Xã",
].join("\n");
const table = [
  "old_ward_code,old_ward_name,old_province_code,new_ward_code,new_ward_name,new_province_code,merge_kind",
  "10001,Xã An,10,20001,Xã An Mới,10,full",
  "10002,Xã Bình,10,20002,Phường Bình Cát,10,full",
  "10003,Phường Cát,10,20002,Phường Bình Cát,10,full",
  "11001,Xã Đông,11,20003,Xã Đông Mới,10,full",
  "11002,Xã Tây,11,22001,Xã Tây Mới,12,full",
].join("\n");

const unit = async (code: string, month: Month) => (await getUnitByCode(code, month))!.id;

beforeAll(async () => {
  const country = await db.unit.create({
    data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: day("2018-01-01") },
  });
  const admin: ActionUser = await createTestUser(db, {
    username: "rules.admin",
    role: "ADMIN",
    scopeUnitId: country.id,
  });
  await importUnitList(admin, file(csvFile(oldList), "cu.csv"), "2018-01");
  await importUnitList(admin, file(csvFile(newList), "moi.csv"), "2025-07");
  await importSuccessions(admin, file(csvFile(table), "ke-thua.csv"), "2025-07");
});

describe("scope across the reorganisation", () => {
  it("lets the staff of a merged commune see the history of the communes it came from, and no other", async () => {
    const staff = { role: "COMMUNE_STAFF" as const, scopeUnitId: await unit("20002", SEPTEMBER) };
    expect(await canAccessUnit(staff, await unit("10002", JUNE), JUNE)).toBe(true);
    expect(await canAccessUnit(staff, await unit("10003", JUNE), JUNE)).toBe(true);
    expect(await canAccessUnit(staff, await unit("10001", JUNE), JUNE)).toBe(false);
    expect(await canAccessUnit(staff, await unit("100", JUNE), JUNE)).toBe(false);
  });

  it("gives a new province's official the old province that went whole into it, but only the communes of one that was split", async () => {
    const official = { role: "PROVINCIAL_OFFICIAL" as const, scopeUnitId: await unit("10", SEPTEMBER) };
    for (const code of ["10", "100", "10001", "10003", "11001"])
      expect(await canAccessUnit(official, await unit(code, JUNE), JUNE), code).toBe(true);
    for (const code of ["11", "110", "11002"])
      expect(await canAccessUnit(official, await unit(code, JUNE), JUNE), code).toBe(false);
  });

  it("follows a split province's official into the communes it gave, and into a new province only when all of it came from them", async () => {
    const official = { role: "PROVINCIAL_OFFICIAL" as const, scopeUnitId: await unit("11", JUNE) };
    // New 12 is 22001 alone, all from old 11; new 10 took old 11's 11001 but also all of old 10.
    for (const code of ["20003", "22001", "12"])
      expect(await canAccessUnit(official, await unit(code, SEPTEMBER), SEPTEMBER), code).toBe(true);
    for (const code of ["10", "20001", "20002"])
      expect(await canAccessUnit(official, await unit(code, SEPTEMBER), SEPTEMBER), code).toBe(false);
  });
});

describe("plan targets across the reorganisation", () => {
  beforeAll(async () => {
    const plan = (
      number: string,
      scopeUnitId: number,
      targets: { unitId: number; rateBp: number; assignedCount?: number }[],
    ) =>
      db.plan.create({
        data: {
          number,
          title: number,
          issuer: "UBND",
          issuedOn: day("2024-01-05"),
          scopeUnitId,
          periodStart: day("2024-01-01"),
          periodEnd: day("2025-12-31"),
          targets: { create: targets.map((target) => ({ ...target, dueOn: day("2025-12-31") })) },
        },
      });
    const country = await unit("VN", JUNE);
    await plan("546/QĐ-TTg", country, [{ unitId: country, rateBp: 9_515 }]);
    const oldTen = await unit("10", JUNE);
    await plan("7/KH-UBND", oldTen, [
      { unitId: oldTen, rateBp: 9_950 },
      { unitId: await unit("10001", JUNE), rateBp: 9_900, assignedCount: 900 },
    ]);
  });

  const target = async (code: string, month: Month) => {
    const id = await unit(code, month);
    return applicableTarget(await getTargetCandidates([id]), id, null, month);
  };

  it("keep applying to the old units until they end", async () => {
    expect(await target("10002", JUNE)).toMatchObject({ planNumber: "7/KH-UBND", rateBp: 9_950, inherited: true });
    expect(await target("10001", JUNE)).toMatchObject({ rateBp: 9_900, assignedCount: 900, inherited: false });
  });

  it("follow a unit that continues with the same territory under a new name and code", async () => {
    expect(await target("20001", SEPTEMBER)).toMatchObject({
      planNumber: "7/KH-UBND",
      rateBp: 9_900,
      assignedCount: 900,
      inherited: false,
    });
  });

  it("end with a merger: the merged units have the plans above them in the new tree", async () => {
    expect(await target("10", SEPTEMBER)).toMatchObject({ planNumber: "546/QĐ-TTg", rateBp: 9_515, inherited: true });
    expect(await target("20002", SEPTEMBER)).toMatchObject({ planNumber: "546/QĐ-TTg", inherited: true });
  });
});
