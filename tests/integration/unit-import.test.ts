// Importing unit lists and succession tables on a small, hand-checkable tree: preview writes
// nothing, confirmation writes exactly the preview (one transaction, one audit entry), a stale
// preview or a non-administrator is refused; renames and moves keep history as new versions; a
// reorganisation with a split commune carries its figures by the shares given (largest remainder).
import { beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { checkCountedStore } from "@/lib/counted-store/check";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { canAccessUnit } from "@/lib/permissions/scope";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getUnitByCode } from "@/lib/queries/units";
import { importSuccessionTableSpec } from "@/lib/units/import-succession-table";
import { importUnitListSpec } from "@/lib/units/import-unit-list";

import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import {
  csvFile,
  file,
  importSuccessions,
  importUnitList,
  previewSuccessions,
  previewUnitList,
  workbook,
} from "../helpers/unit-import";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const GSO = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp";
const list2018 = [
  GSO,
  "Tỉnh Mười,10,Huyện Một,100,Xã An,10001,Xã",
  "Tỉnh Mười,10,Huyện Một,100,Xã Bình,10002,Xã",
  "Tỉnh Mười,10,Huyện Một,100,Phường Cát,10003,Phường",
  "Tỉnh Mười,10,Thị xã Hai,101,Xã Đông,10004,Xã",
].join("\n");
// January 2020: Xã An becomes Phường An, Phường Cát moves to Thị xã Hai, Xã Bình ends, Xã Tây opens.
const list2020 = [
  GSO,
  "Tỉnh Mười,10,Huyện Một,100,Phường An,10001,Phường",
  "Tỉnh Mười,10,Thị xã Hai,101,Phường Cát,10003,Phường",
  "Tỉnh Mười,10,Thị xã Hai,101,Xã Đông,10004,Xã",
  "Tỉnh Mười,10,Thị xã Hai,101,Xã Tây,10005,Xã",
].join("\n");
// July 2025: no districts; the province is renamed; two new communes.
const list2025 = [
  "province_code,province_name,ward_code,ward_name,ward_type",
  "10,Tỉnh Mười Mới,20001,Phường An Đông,Phường",
  "10,Tỉnh Mười Mới,20002,Xã Cát Tây,Xã",
].join("\n");
const table2025 = (catShares: [string, string]) =>
  [
    "Mã ĐV cũ,Tên ĐV cũ,Mã tỉnh cũ,Mã ĐV mới,Tên ĐV mới,Loại,Tỷ lệ (%)",
    "10001,Phường An,10,20001,Phường An Đông,toàn bộ,",
    "10004,Xã Đông,10,20001,Phường An Đông,toàn bộ,",
    `10003,Phường Cát,10,20001,Phường An Đông,một phần,${catShares[0]}`,
    `10003,Phường Cát,10,20002,Xã Cát Tây,một phần,${catShares[1]}`,
    "10005,Xã Tây,10,20002,Xã Cát Tây,toàn bộ,",
  ].join("\n");

let admin: ActionUser;
let staff: ActionUser;

const counts = async () => ({
  units: await db.unit.count(),
  links: await db.unitSuccession.count(),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  const country = await db.unit.create({
    data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: day("2018-01-01") },
  });
  admin = await createTestUser(db, { username: "import.admin", role: "ADMIN", scopeUnitId: country.id });
  staff = await createTestUser(db, {
    username: "import.official",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: country.id,
  });
});

describe("unit list import", () => {
  it("previews without writing anything, then writes the preview with one audit entry", async () => {
    const before = await counts();
    const preview = await previewUnitList(admin, file(csvFile(list2018), "ds-2018.csv"), "2018-01");
    expect(preview.ok).toBe(true);
    expect(preview.data).toMatchObject({
      rows: 4,
      counts: { opened: 7, closed: 0, renamed: 0, moved: 0, unchanged: 0 },
    });
    expect(preview.data?.examples.opened).toContain("10003 Phường Cát");
    expect(await counts()).toEqual(before);

    await importUnitList(admin, file(csvFile(list2018), "ds-2018.csv"), "2018-01");
    expect(await counts()).toEqual({ ...before, units: before.units + 7, audit: before.audit + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.import_list" } });
    expect(entry).toMatchObject({ userId: admin.id, entityId: "2018-01-01" });
    expect(entry.after).toMatchObject({
      file: "ds-2018.csv",
      rows: 4,
      opened: ["10", "100", "10001", "10002", "10003", "10004", "101"],
    });
    // The closure table follows: the province's communes are below it.
    const province = await getUnitByCode("10", "2019-05");
    expect(await db.unitClosure.count({ where: { ancestorId: province!.id } })).toBe(7);
  });

  it("refuses every role but the administrator, for both imports, writing nothing", async () => {
    const quiet = vi.spyOn(console, "warn").mockImplementation(() => {}); // refusals are logged
    const before = await counts();
    const upload = file(csvFile(list2020), "ds-2020.csv");
    for (const role of ["PROVINCIAL_OFFICIAL", "DISTRICT_OFFICER", "COMMUNE_STAFF", "LEADER"] as const) {
      const user = { ...staff, role };
      const list = await runAuthedAction(
        importUnitListSpec,
        { file: upload, validFrom: "2020-01", intent: "apply", fingerprint: "x" },
        actionEnvironment(user),
      );
      const table = await runAuthedAction(
        importSuccessionTableSpec,
        { file: upload, effectiveOn: "2020-01", intent: "apply", fingerprint: "x" },
        actionEnvironment(user),
      );
      expect(
        [list, table].map((result) => [result.ok, result.message]),
        role,
      ).toEqual([
        [false, MESSAGES.vi.actions.refused],
        [false, MESSAGES.vi.actions.refused],
      ]);
    }
    expect(await counts()).toEqual(before);
    quiet.mockRestore();
  });

  it("refuses a confirmation that no longer matches its preview", async () => {
    const upload = file(csvFile(list2020), "ds-2020.csv");
    const before = await counts();
    const stale = await runAuthedAction(
      importUnitListSpec,
      { file: upload, validFrom: "2020-01", intent: "apply", fingerprint: "an-older-preview", coverage: "country" },
      actionEnvironment(admin),
    );
    expect(stale).toMatchObject({ ok: false, message: MESSAGES.vi.units.import.changedSincePreview });
    expect(await counts()).toEqual(before);
  });

  it("answers bad input field by field, and a bad file with its rows", async () => {
    const missing = await runAuthedAction(
      importUnitListSpec,
      { validFrom: "2020-13", intent: "apply" },
      actionEnvironment(admin),
    );
    expect(missing.fieldErrors).toMatchObject({
      file: ["Vui lòng chọn tệp"],
      validFrom: ["Tháng phải có dạng YYYY-MM, ví dụ 2025-06"],
    });
    const bad = await previewUnitList(
      admin,
      file(csvFile(`${GSO}\nTỉnh Mười,10,Huyện Một,100,Xã An,1001,Xã\n`), "sai.csv"),
      "2020-01",
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { file: ["Tệp có 1 lỗi (xem bảng bên dưới)."] } });
    expect(bad.data?.issues).toEqual([{ code: "codeFormat", row: 2, column: "Mã PX", value: "1001", digits: 5 }]);
  });

  it("keeps history when units are renamed, moved, closed and opened", async () => {
    const preview = await importUnitList(admin, file(csvFile(list2020), "ds-2020.csv"), "2020-01");
    expect(preview.counts).toEqual({ opened: 1, closed: 1, renamed: 1, moved: 1, removed: 0, unchanged: 4 });
    expect(preview.examples.renamed).toEqual(["10001: Xã An → Phường An"]);
    expect(preview.examples.moved).toEqual(["10003 Phường Cát: 100 → 101"]);

    // December 2019 keeps the old names and tree; January 2020 has the new ones.
    expect(await getUnitByCode("10001", "2019-12")).toMatchObject({ name: "Xã An", kind: "COMMUNE" });
    expect(await getUnitByCode("10001", "2020-01")).toMatchObject({ name: "Phường An", kind: "WARD" });
    expect(await getUnitByCode("10002", "2020-01")).toBeNull();
    const cat2019 = await getUnitByCode("10003", "2019-12");
    const cat2020 = await getUnitByCode("10003", "2020-01");
    expect(cat2019!.id).not.toBe(cat2020!.id);
    // Each new version is linked to the one it continues.
    expect(
      await db.unitSuccession.findUnique({
        where: { predecessorId_successorId: { predecessorId: cat2019!.id, successorId: cat2020!.id } },
      }),
    ).toMatchObject({
      kind: "FULL",
      effectiveOn: day("2020-01-01"),
    });
    // A user whose unit was moved keeps it: the scope follows the link to the new version.
    const staff = { role: "COMMUNE_STAFF" as const, scopeUnitId: cat2019!.id };
    expect(await canAccessUnit(staff, cat2020!.id, "2021-01")).toBe(true);
  });

  it("corrects a list of the same date in place, and deletes a unit it opened that has no data", async () => {
    const tay = await getUnitByCode("10005", "2020-01");
    const corrected = list2020.replace("Xã Tây,10005", "Xã Tây Sơn,10005");
    const preview = await importUnitList(admin, file(csvFile(corrected), "ds-2020-sua.csv"), "2020-01");
    expect(preview.counts).toMatchObject({ renamed: 1, opened: 0, closed: 0 });
    expect(await getUnitByCode("10005", "2020-01")).toMatchObject({ id: tay!.id, name: "Xã Tây Sơn" });

    const withoutTay = corrected
      .split("\n")
      .filter((line) => !line.includes("10005"))
      .join("\n");
    const removal = await importUnitList(admin, file(csvFile(withoutTay), "ds-2020-bot.csv"), "2020-01");
    expect(removal.counts).toMatchObject({ removed: 1, closed: 0 });
    expect(await db.unit.findUnique({ where: { id: tay!.id } })).toBeNull();
    await importUnitList(admin, file(csvFile(list2020), "ds-2020.csv"), "2020-01");
  });

  it("reads a workbook whose codes Excel stored as numbers", async () => {
    const rows = list2020
      .split("\n")
      .slice(1)
      .map((line) => line.split(",").map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    const preview = await previewUnitList(admin, file(await workbook(GSO.split(","), rows), "ds-2020.xlsx"), "2020-01");
    expect(preview.data?.counts).toMatchObject({ opened: 0, closed: 0, renamed: 0, moved: 0, unchanged: 7 });
  });
});

describe("reorganisation with a split commune", () => {
  it("checks the table's codes against the units of the day before and of the date", async () => {
    const early = await previewSuccessions(admin, file(csvFile(table2025(["70", "30"])), "kt.csv"), "2025-07");
    expect(early.ok).toBe(false);
    expect(early.data?.issues).toContainEqual({
      code: "oldNotEnded",
      row: 2,
      column: "Mã ĐV cũ",
      unitCode: "10001",
      day: "2025-07-01",
    });
    expect(early.data?.issues).toContainEqual({
      code: "unknownNew",
      row: 2,
      column: "Mã ĐV mới",
      unitCode: "20001",
      day: "2025-07-01",
    });
  });

  it("links old communes to new ones, with the province that was renamed", async () => {
    const list = await importUnitList(admin, file(csvFile(list2025), "ds-2025.csv"), "2025-07");
    expect(list.counts).toMatchObject({ opened: 2, renamed: 1, closed: 6 });
    const table = await importSuccessions(admin, file(csvFile(table2025(["70", "30"])), "kt.csv"), "2025-07");
    expect(table.counts).toMatchObject({ oldUnits: 4, newUnits: 2, derived: 1, partialWithoutShare: 0 });
    const province = await getUnitByCode("10", "2025-07");
    const links = await db.unitSuccession.findMany({
      where: { successorId: province!.id },
      select: { predecessor: { select: { code: true, name: true } }, kind: true },
    });
    expect(links).toEqual([{ predecessor: { code: "10", name: "Tỉnh Mười" }, kind: "FULL" }]);
  });

  it("carries June 2025 into the new communes with the shares given, whole people by largest remainder", async () => {
    const groupSet = await db.groupSet.create({
      data: { code: "G", name: "Nhóm", legalBasis: "Luật", validFrom: day("2015-01-01") },
    });
    const group = await db.participantGroup.create({
      data: { groupSetId: groupSet.id, code: "1", ordinal: 1, name: "Nhóm 1", shortName: "N1" },
    });
    const june = day("2025-06-01");
    const figures = { "10001": [1_000, 900], "10003": [1_001, 801], "10004": [500, 450], "10005": [300, 200] } as const;
    for (const [code, [population, insured]] of Object.entries(figures)) {
      const unit = await getUnitByCode(code, "2025-06");
      await db.unitMonthReport.create({ data: { unitId: unit!.id, period: june, population, status: "APPROVED" } });
      await db.enrollmentFigure.create({
        data: {
          unitId: unit!.id,
          period: june,
          groupId: group.id,
          insured,
          eligible: population,
          newlyEnrolled: 0,
          renewed: 0,
        },
      });
    }
    const province = await getUnitByCode("10", "2025-07");
    const communes = await getChildCoverage(province!.id, "2025-06", "2025-07");
    // Phường Cát: 1,001 people, 70% = 700.7 → 701 and 30% = 300.3 → 300; 801 insured → 560.7 → 561 and 240.3 → 240.
    expect(
      communes.map(({ code, population, insured, baseUnits, reportingUnits }) => ({
        code,
        population,
        insured,
        baseUnits,
        reportingUnits,
      })),
    ).toEqual([
      { code: "20001", population: 1_000 + 500 + 701, insured: 900 + 450 + 561, baseUnits: 3, reportingUnits: 3 },
      { code: "20002", population: 300 + 300, insured: 200 + 240, baseUnits: 2, reportingUnits: 2 },
    ]);
    // The imports rebuilt the store of counted figures; the reports written after them kept it exact.
    expect(await checkCountedStore(db)).toEqual([]);
  });

  it("replaces the links of the old units a corrected table names", async () => {
    const preview = await previewSuccessions(admin, file(csvFile(table2025(["60", ""])), "kt-sua.csv"), "2025-07");
    expect(preview.data?.counts).toMatchObject({ written: 2, removed: 0, unchanged: 4 });
    await importSuccessions(admin, file(csvFile(table2025(["60", ""])), "kt-sua.csv"), "2025-07");
    const cat = await getUnitByCode("10003", "2025-06");
    const shares = await db.unitSuccession.findMany({
      where: { predecessorId: cat!.id },
      select: { shareBp: true },
      orderBy: { successorId: "asc" },
    });
    expect(shares).toEqual([{ shareBp: 6_000 }, { shareBp: null }]);
    const province = await getUnitByCode("10", "2025-07");
    const communes = await getChildCoverage(province!.id, "2025-06", "2025-07");
    // 60% of 1,001 = 600.6 → 601; the rest (40%, by default) = 400.4 → 400.
    expect(communes.map((c) => c.population)).toEqual([1_000 + 500 + 601, 300 + 400]);
  });
});
