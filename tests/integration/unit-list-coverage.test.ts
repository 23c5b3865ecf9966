// A unit list declares what it covers: the whole country or named provinces. An excerpt never ends
// the units of the provinces it leaves out; a row of another province, a unit that belongs to one,
// and a district that does not exist are errors with their row and column; a unit that would be
// deleted although it has data is named as missing from the file; and a large change (many units
// ending or moving, or a province ending or renamed) is written only once its number is typed.
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { getUnitByCode } from "@/lib/queries/units";
import { describeImportIssue } from "@/lib/units/describe-import-issue";

import { createTestUser } from "../fixtures/users";
import {
  confirmUnitList,
  csvFile,
  file,
  importUnitList,
  previewUnitList,
  WHOLE_COUNTRY,
  type Declared,
} from "../helpers/unit-import";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = "province_code,province_name,ward_code,ward_name,ward_type";
const GSO = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp";
const communes = (province: string, name: string, first: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${province},${name},${first + i},Xã Số ${first + i},Xã`);
// From July 2025: province 10 with 60 communes, province 11 with 3, province 12 with 2.
const P10 = communes("10", "Tỉnh Mười", 20001, 60);
const P11 = communes("11", "Tỉnh Mười Một", 21001, 3);
const P12 = communes("12", "Tỉnh Mười Hai", 22001, 2);
const csv = (rows: string[], name = "danh-muc.csv", header = HEADER) =>
  file(csvFile([header, ...rows].join("\n")), name);
const provinces = (codes: string): Declared => ({ coverage: "provinces", provinces: codes });

let admin: ActionUser;

const written = async () => ({
  units: await db.unit.count(),
  links: await db.unitSuccession.count(),
  audit: await db.auditEntry.count(),
});
const validIn = async (code: string, month: `${number}-${number}`) => (await getUnitByCode(code, month)) !== null;

beforeAll(async () => {
  const country = await db.unit.create({
    data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: day("2025-07-01") },
  });
  admin = await createTestUser(db, { username: "coverage.admin", role: "ADMIN", scopeUnitId: country.id });
  await importUnitList(admin, csv([...P10, ...P11, ...P12]), "2025-07");
  const commune = await getUnitByCode("20001", "2025-07");
  await db.unitMonthReport.create({
    data: { unitId: commune!.id, period: day("2025-07-01"), population: 5_000, status: "APPROVED" },
  });
});

describe("what a unit list covers", () => {
  it("must be declared: the whole country or named provinces, with valid codes", async () => {
    const before = await written();
    const undeclared = await previewUnitList(admin, csv(P11), "2026-01", {} as Declared);
    expect(undeclared).toMatchObject({
      ok: false,
      fieldErrors: { coverage: [MESSAGES.vi.units.import.coverageMissing] },
    });
    const empty = await previewUnitList(admin, csv(P11), "2026-01", provinces(" "));
    expect(empty.fieldErrors).toEqual({ provinces: [MESSAGES.vi.units.import.provincesMissing] });
    const bad = await previewUnitList(admin, csv(P11), "2026-01", provinces("11, 1"));
    expect(bad.fieldErrors).toEqual({ provinces: ["Mã tỉnh “1” không hợp lệ: phải gồm 2 chữ số."] });
    expect(await written()).toEqual(before);
  });

  it("refuses a declared province found neither in the file nor in the structure, and a whole-country list without units", async () => {
    const before = await written();
    const mistyped = await previewUnitList(admin, csv(P11), "2026-01", provinces("11, 99"));
    expect(mistyped.ok).toBe(false);
    expect(mistyped.data?.issues).toEqual([{ code: "unknownDeclaredProvince", provinceCode: "99" }]);
    expect(describeImportIssue(mistyped.data!.issues[0]!, MESSAGES.vi.units, "vi")).toMatchObject({
      row: null,
      where: "Cả tệp",
    });
    // A province new in the file is known: declaring it is right.
    const added = await previewUnitList(
      admin,
      csv([...P11, "13,Tỉnh Mười Ba,23001,Xã Số 23001,Xã"]),
      "2026-01",
      provinces("11 13"),
    );
    expect(added).toMatchObject({ ok: true, data: { counts: { opened: 2 } } });

    const emptyCountry = await previewUnitList(admin, csv([]), "2026-01", WHOLE_COUNTRY);
    expect(emptyCountry.ok).toBe(false);
    expect(emptyCountry.data?.issues).toEqual([{ code: "emptyList" }]);
    // An empty list of a named province closes it: a large change, shown and waiting for the number typed.
    const emptyProvince = await previewUnitList(admin, csv([]), "2026-01", provinces("11"));
    expect(emptyProvince).toMatchObject({ ok: true, data: { counts: { opened: 0, closed: 4 } } });
    expect(emptyProvince.data?.warning).toMatchObject({ affected: 4, provinces: [{ code: "11", change: "closed" }] });
    expect(await written()).toEqual(before);
  });

  it("names the units missing from the file that cannot be deleted, and deletes nothing outside the provinces declared", async () => {
    // On the list's own date, units missing from it would be deleted; 20001 has a report.
    const whole = await previewUnitList(admin, csv(P11), "2025-07");
    expect(whole.ok).toBe(false);
    expect(whole.data?.issues).toEqual([{ code: "missingUnitHasData", unitCode: "20001", unitName: "Xã Số 20001" }]);
    expect(describeImportIssue(whole.data!.issues[0]!, MESSAGES.vi.units, "vi")).toMatchObject({
      row: null,
      where: "Không có trong tệp",
    });
    const excerpt = await previewUnitList(admin, csv(P11), "2025-07", provinces("11"));
    expect(excerpt).toMatchObject({ ok: true, data: { changes: 0, counts: { unchanged: 4, removed: 0, closed: 0 } } });
  });

  it("ends only units of the provinces declared, and an excerpt declared as the whole country asks for the number typed", async () => {
    const excerpt = csv(P11.slice(0, 2), "tinh-11.csv");
    const asCountry = await previewUnitList(admin, excerpt, "2026-01");
    expect(asCountry.data).toMatchObject({ counts: { closed: 1 + 61 + 3, unchanged: 3 } });
    expect(asCountry.data?.warning).toEqual({
      affected: 65,
      ending: 65,
      moved: 0,
      provinces: [
        { code: "10", name: "Tỉnh Mười", change: "closed", newName: null },
        { code: "12", name: "Tỉnh Mười Hai", change: "closed", newName: null },
      ],
    });

    const before = await written();
    const preview = await previewUnitList(admin, excerpt, "2026-01", provinces("11"));
    expect(preview.data).toMatchObject({
      coverage: { kind: "provinces", codes: ["11"] },
      counts: { closed: 1, unchanged: 3 },
      warning: null,
    });
    const applied = await confirmUnitList(admin, excerpt, "2026-01", provinces("11"), preview.data!);
    expect(applied.ok, applied.message ?? "").toBe(true);
    expect(await written()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await validIn("21003", "2026-01")).toBe(false);
    for (const code of ["21001", "10", "20060", "12", "22002"]) expect(await validIn(code, "2026-01"), code).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "unit.import_list", entityId: "2026-01-01" },
    });
    expect(entry.after).toMatchObject({ coverage: { kind: "provinces", codes: ["11"] }, closed: ["21003"] });
  });

  it("reports rows of other provinces and units that belong to one, by row and column", async () => {
    const outside = await previewUnitList(
      admin,
      csv([...P10, "12,Tỉnh Mười Hai,22001,Xã Số 22001,Xã"]),
      "2026-02",
      provinces("10"),
    );
    expect(outside.ok).toBe(false);
    expect(outside.data?.issues).toEqual([
      { code: "outsideCoverage", row: 62, column: "province_code", provinceCode: "12" },
    ]);
    expect(describeImportIssue(outside.data!.issues[0]!, MESSAGES.vi.units, "vi").message).toBe(
      "Dòng thuộc tỉnh 12, ngoài các tỉnh đã khai báo cho tệp.",
    );

    const moved = await previewUnitList(
      admin,
      csv([...P10, "10,Tỉnh Mười,21001,Xã Số 21001,Xã"]),
      "2026-02",
      provinces("10"),
    );
    expect(moved.data?.issues).toEqual([
      { code: "inOtherProvince", row: 62, column: "ward_code", unitCode: "21001", provinceCode: "11" },
    ]);
    expect(describeImportIssue(moved.data!.issues[0]!, MESSAGES.en.units, "en").message).toBe(
      "Unit 21001 belongs to province 11, outside the provinces declared: declare province 11 too.",
    );
    // Declaring both provinces, the same file moves the commune from one to the other.
    const both = await previewUnitList(
      admin,
      csv([...P10, "10,Tỉnh Mười,21001,Xã Số 21001,Xã", P11[1]!]),
      "2026-02",
      provinces("10, 11"),
    );
    expect(both.data).toMatchObject({ issues: [], counts: { moved: 1 } });
  });

  it("reports a district that does not exist in a structure without districts, and a district code without its name", async () => {
    const withDistrict = file(
      csvFile(
        [
          GSO,
          "Tỉnh Mười Hai,12,Huyện Lạ,999,Xã Số 22001,22001,Xã",
          "Tỉnh Mười Hai,12,Huyện Lạ,999,Xã Số 22002,22002,Xã",
        ].join("\n"),
      ),
      "gso.csv",
    );
    const unknown = await previewUnitList(admin, withDistrict, "2026-02", provinces("12"));
    expect(unknown.data?.issues).toEqual([
      { code: "unknownParent", row: 2, column: "Mã QH", unitCode: "999", day: "2026-02-01" },
      { code: "unknownParent", row: 3, column: "Mã QH", unitCode: "999", day: "2026-02-01" },
    ]);
    const codeOnly = file(
      csvFile(
        ["Tỉnh Thành Phố,Mã TP,Mã QH,Phường Xã,Mã PX,Cấp", "Tỉnh Mười Hai,12,999,Xã Số 22001,22001,Xã"].join("\n"),
      ),
      "gso.csv",
    );
    const lone = await previewUnitList(admin, codeOnly, "2026-02", provinces("12"));
    expect(lone.data?.issues).toEqual([{ code: "columnWithoutPair", row: 1, column: "Mã QH", missing: "Quận Huyện" }]);
  });

  it("writes a province's new name only once the number of units changed is typed", async () => {
    const renamed = csv(
      P12.map((row) => row.replace("Tỉnh Mười Hai", "Tỉnh Mười Hai Mới")),
      "tinh-12.csv",
    );
    const declared = provinces("12");
    const preview = await previewUnitList(admin, renamed, "2026-02", declared);
    // The province and, under its new version, its two communes: 3 units changed.
    expect(preview.data?.warning).toEqual({
      affected: 3,
      ending: 0,
      moved: 2,
      provinces: [{ code: "12", name: "Tỉnh Mười Hai", change: "renamed", newName: "Tỉnh Mười Hai Mới" }],
    });
    const before = await written();
    for (const typed of [null, "", "2", "XÁC NHẬN"]) {
      const refused = await confirmUnitList(admin, renamed, "2026-02", declared, preview.data!, typed);
      expect(refused, String(typed)).toMatchObject({
        ok: false,
        message: MESSAGES.vi.units.import.typedRequired,
        fieldErrors: { confirmation: ["Số đã nhập không khớp: nhập 3 để xác nhận."] },
        data: { warning: { affected: 3 } },
      });
    }
    expect(await written()).toEqual(before);
    const applied = await confirmUnitList(admin, renamed, "2026-02", declared, preview.data!, "3");
    expect(applied.ok, applied.message ?? "").toBe(true);
    expect(await getUnitByCode("12", "2026-02")).toMatchObject({ name: "Tỉnh Mười Hai Mới" });
    expect(await getUnitByCode("12", "2026-01")).toMatchObject({ name: "Tỉnh Mười Hai" });
  });

  it("asks for the number typed when more than 50 units of the provinces declared end", async () => {
    const preview = await previewUnitList(admin, csv(P10.slice(0, 5)), "2026-03", provinces("10"));
    expect(preview.data).toMatchObject({
      counts: { closed: 55, unchanged: 6 },
      warning: { affected: 55, ending: 55, moved: 0, provinces: [] },
    });
    const small = await previewUnitList(admin, csv(P10.slice(0, 10)), "2026-03", provinces("10"));
    expect(small.data).toMatchObject({ counts: { closed: 50 }, warning: null });
    const whole = await previewUnitList(
      admin,
      csv([...P10, ...P11.slice(0, 2), ...P12.map((row) => row.replace("Tỉnh Mười Hai", "Tỉnh Mười Hai Mới"))]),
      "2026-03",
      WHOLE_COUNTRY,
    );
    expect(whole.data).toMatchObject({ changes: 0, warning: null });
  });
});
