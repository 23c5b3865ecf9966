// `?unit=` of the export download, the export and import pages and the import template is the
// unit's code, read in the request's month (lib/reports/unit-param.ts): on the small tree, province
// "10" before 1 July 2025 and the other province "10" after it, a code out of scope refused like an
// unknown one, and an old link by id moved to the code — only when that code leads back to it.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { ScopedUser } from "@/lib/permissions/scope";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { buildImportTemplate } from "@/lib/reports/import/build-template";
import { resolveUnitParam, type UnitParam } from "@/lib/reports/unit-param";
import { rebuildUnitClosure } from "@/lib/units/rebuild-closure";

import { createSmallTree } from "../fixtures/small-tree";

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let admin: ScopedUser;
let newOfficial: ScopedUser;
let oldCommuneStaff: ScopedUser;
const now = new Date();

beforeAll(async () => {
  tree = await createSmallTree(db);
  admin = { role: "ADMIN", scopeUnitId: tree.vn.id };
  newOfficial = { role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.newProvince.id };
  oldCommuneStaff = { role: "COMMUNE_STAFF", scopeUnitId: tree.old["10001"]! };
});

/** The id of the unit a `?unit=` value resolves to, or the answer when it is not a unit. */
const idOf = (answer: UnitParam) => (answer.kind === "unit" ? answer.unit.id : answer);

describe("?unit=<code> read in the request's month", () => {
  it("names the old province in June 2025 and the new one, same code, in July 2025", async () => {
    expect(idOf(await resolveUnitParam(admin, "10", "2025-06"))).toBe(tree.oldProvince.id);
    expect(idOf(await resolveUnitParam(admin, "10", "2025-07"))).toBe(tree.newProvince.id);
  });

  it("exports by code: the range's last month chooses which province 10, with its own communes", async () => {
    const june = await prepareExport(admin, { unit: { code: "10" }, from: "2025-06", to: "2025-06" }, now);
    expect(june).toMatchObject({ kind: "ready", unit: { id: tree.oldProvince.id, name: "Tỉnh Cũ" }, baseUnits: 3 });
    const july = await prepareExport(admin, { unit: { code: "10" }, from: "2025-07", to: "2025-07" }, now);
    expect(july).toMatchObject({ kind: "ready", unit: { id: tree.newProvince.id, name: "Tỉnh Mới" }, baseUnits: 2 });
  });

  it("reads a code with its month in that month: the pickers' one value per unit, codes reused or not", async () => {
    const { getReportUnitOptions } = await import("@/lib/queries/get-report-unit-options");
    const options = await getReportUnitOptions({ ...admin, scopeUnit: { kind: "COUNTRY" } });
    const tens = options.filter((option) => option.code === "10");
    // Two provinces share the code; their values differ, and each value names its own province.
    expect(tens.map((option) => option.value).sort()).toEqual(["10", "10@2025-06"]);
    expect(new Set(options.map((option) => option.value)).size).toBe(options.length);
    for (const option of tens) expect(idOf(await resolveUnitParam(admin, option.value, "2025-09"))).toBe(option.id);
    expect(idOf(await resolveUnitParam(admin, "10@2025-06", "2025-09"))).toBe(tree.oldProvince.id);
  });

  it("falls back to an ended unit at the end of its life when the range ends after it", async () => {
    const answer = await resolveUnitParam(admin, "10001", "2025-09");
    expect(idOf(answer)).toBe(tree.old["10001"]);
  });

  it("builds the template by code: the old province's communes in June, the new one's in July", async () => {
    const templateOf = async (month: "2025-06" | "2025-07") => {
      const answer = await resolveUnitParam(admin, "10", month);
      if (answer.kind !== "unit") throw new Error(`not a unit: ${JSON.stringify(answer)}`);
      const { fileName, bytes } = await buildImportTemplate(admin, answer.unit, month, "vi");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const codes: unknown[] = [];
      workbook.getWorksheet("Số liệu")!.eachRow((row, number) => number > 1 && codes.push(row.getCell(1).value));
      return { id: answer.unit.id, fileName, codes };
    };
    expect(await templateOf("2025-06")).toEqual({
      id: tree.oldProvince.id,
      fileName: "mau-nhap-bhyt-10-2025-06.xlsx",
      codes: ["10001", "10002", "10003"],
    });
    expect(await templateOf("2025-07")).toEqual({
      id: tree.newProvince.id,
      fileName: "mau-nhap-bhyt-10-2025-07.xlsx",
      codes: ["20001", "20002"],
    });
  });

  it("refuses a code outside the scope exactly like an unknown one", async () => {
    expect(await resolveUnitParam(oldCommuneStaff, "10", "2025-06")).toEqual({ kind: "notFound" });
    expect(await resolveUnitParam(oldCommuneStaff, "10002", "2025-06")).toEqual({ kind: "notFound" });
    expect(await resolveUnitParam(oldCommuneStaff, "VN", "2025-06")).toEqual({ kind: "notFound" });
    expect(await resolveUnitParam(oldCommuneStaff, "99999", "2025-06")).toEqual({ kind: "notFound" });
    expect(await prepareExport(oldCommuneStaff, { unit: { code: "10" }, from: "2025-06", to: "2025-06" }, now)).toEqual(
      { kind: "notFound" },
    );
    // The new province's official, in July: the new province, never the old one.
    expect(idOf(await resolveUnitParam(newOfficial, "10", "2025-07"))).toBe(tree.newProvince.id);
  });

  it("without ?unit=: the user's own unit", async () => {
    expect(idOf(await resolveUnitParam(newOfficial, undefined, "2025-07"))).toBe(tree.newProvince.id);
    expect(idOf(await resolveUnitParam(oldCommuneStaff, null, "2025-06"))).toBe(tree.old["10001"]);
  });
});

describe("old links by id", () => {
  const codes = () => db.unit.findMany({ select: { code: true } }).then((rows) => rows.map((row) => row.code));

  it("moves an id in the scope to its code, in the same month", async () => {
    const id = tree.fresh["20001"]!;
    expect(await codes()).not.toContain(String(id));
    expect(await resolveUnitParam(newOfficial, String(id), "2025-07")).toEqual({ kind: "moved", code: "20001" });
    expect(await resolveUnitParam(admin, String(tree.old["10001"]), "2025-09")).toEqual({
      kind: "moved",
      code: "10001",
    });
  });

  it("refuses an id outside the scope, and an ended unit whose code is another unit's in that month", async () => {
    expect(await codes()).not.toContain(String(tree.oldProvince.id));
    expect(await resolveUnitParam(oldCommuneStaff, String(tree.oldProvince.id), "2025-06")).toEqual({
      kind: "notFound",
    });
    // The old province's id in July: "10" is the new province then, so the link cannot be moved.
    expect(await resolveUnitParam(admin, String(tree.oldProvince.id), "2025-07")).toEqual({ kind: "notFound" });
    expect(await resolveUnitParam(admin, String(tree.oldProvince.id), "2025-06")).toEqual({
      kind: "moved",
      code: "10",
    });
  });

  it("tries the code first when a value is both a code and an id", async () => {
    const id = tree.fresh["20002"]!;
    const july = new Date("2025-07-01T00:00:00Z");
    // On a new database the ids run 1, 2, … and this id may already be a code ("10"); else make it one.
    const twin =
      (await db.unit.findFirst({
        where: { code: String(id), validFrom: { lte: july }, OR: [{ validTo: null }, { validTo: { gt: july } }] },
      })) ??
      (await db.unit.create({
        data: {
          code: String(id),
          name: "Xã Trùng Mã",
          kind: "COMMUNE",
          level: 2,
          parentId: tree.newProvince.id,
          validFrom: july,
        },
      }));
    await rebuildUnitClosure(db);
    expect(twin.id).not.toBe(id);
    expect(idOf(await resolveUnitParam(newOfficial, String(id), "2025-07"))).toBe(twin.id);
  });
});
