// What a unit list declares it covers, and which previews need a typed confirmation.
import { describe, expect, it } from "vitest";

import { listChangeWarning, MANY_UNITS } from "@/lib/units/list-change-warning";
import { readListCoverage } from "@/lib/units/list-coverage";
import type { ExistingUnit, UnitListChanges } from "@/lib/units/prepare-unit-list-import";
import { matchesTypedConfirmation } from "@/lib/units/typed-confirmation";

describe("readListCoverage", () => {
  it("reads the whole country, or named provinces in any separators", () => {
    expect(readListCoverage("country", "24")).toEqual({ ok: true, coverage: { kind: "country" } });
    expect(readListCoverage("provinces", " 96, 24;96 ")).toEqual({
      ok: true,
      coverage: { kind: "provinces", codes: ["24", "96"] },
    });
  });

  it("names the field of what is missing or wrong", () => {
    expect(readListCoverage(undefined, "24")).toEqual({ ok: false, problem: { field: "coverage", code: "missing" } });
    expect(readListCoverage("provinces", " ")).toEqual({
      ok: false,
      problem: { field: "provinces", code: "noProvinces" },
    });
    expect(readListCoverage("provinces", "24, 9")).toEqual({
      ok: false,
      problem: { field: "provinces", code: "provinceCode", value: "9" },
    });
  });
});

const day = new Date("2026-12-01T00:00:00Z");
const existing = (code: string, level: number): ExistingUnit => ({
  id: Number(code),
  code,
  name: `Đơn vị ${code}`,
  kind: level === 1 ? "PROVINCE" : "COMMUNE",
  level,
  parentId: null,
  parentCode: null,
  validFrom: new Date("2025-07-01T00:00:00Z"),
});
const plan = (parts: Partial<UnitListChanges>): UnitListChanges => ({
  validFrom: day,
  coverage: { kind: "country" },
  countryId: 1,
  opened: [],
  changed: [],
  closed: [],
  removed: [],
  unchanged: new Map(),
  fingerprint: "x",
  ...parts,
});
const communes = (count: number) => Array.from({ length: count }, (_, i) => existing(String(40000 + i), 2));

describe("listChangeWarning", () => {
  it("lets a small change of communes through with a click", () => {
    expect(listChangeWarning(plan({ closed: communes(MANY_UNITS) }))).toBeNull();
  });

  it("asks to type the number of units changed when many end", () => {
    expect(listChangeWarning(plan({ closed: communes(MANY_UNITS + 1) }))).toEqual({
      affected: 51,
      ending: 51,
      moved: 0,
      provinces: [],
    });
  });

  it("asks for it when a province ends or is renamed, however small the change", () => {
    const renamed = {
      unit: {
        code: "96",
        name: "Tỉnh Cà Mau Mới",
        kind: "PROVINCE" as const,
        level: 1,
        parentCode: null,
        row: 2,
        codeColumn: "Mã TP",
        parentColumn: null,
      },
    };
    const warning = listChangeWarning(
      plan({
        closed: [existing("95", 1)],
        changed: [{ ...renamed, previous: existing("96", 1), renamed: true, moved: false, inPlace: false }],
      }),
    );
    expect(warning).toEqual({
      affected: 2,
      ending: 1,
      moved: 0,
      provinces: [
        { code: "95", name: "Đơn vị 95", change: "closed", newName: null },
        { code: "96", name: "Đơn vị 96", change: "renamed", newName: "Tỉnh Cà Mau Mới" },
      ],
    });
  });
});

describe("matchesTypedConfirmation", () => {
  it("ignores spaces and thousands separators, nothing else", () => {
    for (const typed of ["3352", "3.352", "3,352", " 3 352 "])
      expect(matchesTypedConfirmation(typed, "3352"), typed).toBe(true);
    for (const typed of ["", "3353", "XÁC NHẬN", "33520"])
      expect(matchesTypedConfirmation(typed, "3352"), typed).toBe(false);
  });
});
