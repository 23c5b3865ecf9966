// The real lists (../shared/data): the GSO list before 1 July 2025 as an .xlsx workbook with GSO's
// column names, the list after it and the ward-merge table as the reference CSV files. Importing them
// gives exactly 63 → 34 provinces, 10,047 → 3,321 communes and 10,604 succession pairs; importing them
// again changes nothing; and for June 2025 the totals carried into the new structure equal the old
// structure's, nationally and for each new province (computed here from the rows with the share rule).
import { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { allocateCount, effectiveShares } from "@/lib/units/succession-shares";

import { createTestUser } from "../fixtures/users";
import {
  csvFile,
  file,
  hasReferenceData,
  importSuccessions,
  importUnitList,
  previewUnitList,
  referenceFile,
  referenceRows,
  workbook,
} from "../helpers/unit-import";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JUNE = day("2025-06-01");
const JULY = day("2025-07-01");
const GSO_HEADER = ["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"];

let admin: ActionUser;
let oldList: File;
let newList: File;
let mergeTable: File;

async function unitsValidOn(on: Date) {
  const rows = await db.$queryRaw<{ level: number; leaves: bigint; units: bigint }[]>`
    SELECT u.level, COUNT(*) AS units,
           COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = u.id
             AND k.valid_from <= ${on}::date AND (k.valid_to IS NULL OR k.valid_to > ${on}::date))) AS leaves
    FROM unit u WHERE u.valid_from <= ${on}::date AND (u.valid_to IS NULL OR u.valid_to > ${on}::date)
    GROUP BY u.level ORDER BY u.level`;
  return rows.map((row) => ({ level: row.level, units: Number(row.units), leaves: Number(row.leaves) }));
}

describe.skipIf(!hasReferenceData)("importing the real unit lists and succession table", () => {
  beforeAll(async () => {
    const country = await db.unit.create({
      data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: day("2018-01-01") },
    });
    admin = await createTestUser(db, { username: "units.admin", role: "ADMIN", scopeUnitId: country.id });
    const gsoRows = referenceRows("units-2024.csv").map((row) => [
      row.province_name!,
      row.province_code!,
      row.district_name!,
      row.district_code!,
      row.ward_name!,
      row.ward_code!,
      row.ward_type!,
      "",
    ]);
    oldList = file(
      await workbook(GSO_HEADER, gsoRows, ["DANH MỤC ĐƠN VỊ HÀNH CHÍNH", "Ngày 01/03/2025"]),
      "gso-2025-03-01.xlsx",
    );
    newList = file(referenceFile("units-2025.csv"), "units-2025.csv");
    mergeTable = file(referenceFile("ward-merge-2025.csv"), "ward-merge-2025.csv");
  });

  it("imports the old list from 2018: 63 provinces, 691 districts, 10,047 communes", async () => {
    const preview = await importUnitList(admin, oldList, "2018-01");
    expect(preview.rows).toBe(10_047);
    expect(preview.counts).toEqual({
      opened: 63 + 691 + 10_047,
      closed: 0,
      renamed: 0,
      moved: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(await unitsValidOn(JUNE)).toEqual([
      { level: 0, units: 1, leaves: 0 },
      { level: 1, units: 63, leaves: 0 },
      { level: 2, units: 691, leaves: 0 },
      { level: 3, units: 10_047, leaves: 10_047 },
    ]);
  });

  it("changes nothing when the old list is imported again", async () => {
    const units = await db.unit.count();
    const again = await importUnitList(admin, oldList, "2018-01");
    expect(again.counts).toEqual({
      opened: 0,
      closed: 0,
      renamed: 0,
      moved: 0,
      removed: 0,
      unchanged: 63 + 691 + 10_047,
    });
    expect(await db.unit.count()).toBe(units);
  });

  it("imports the list of 1 July 2025: 34 provinces and 3,321 communes, no district", async () => {
    const preview = await importUnitList(admin, newList, "2025-07");
    expect(preview.rows).toBe(3_321);
    const { opened, closed, renamed, moved, unchanged } = preview.counts;
    // Every listed unit is new, renamed or moved, or continues; every unlisted one ends.
    expect(opened + renamed + moved + unchanged).toBe(34 + 3_321);
    expect(closed + renamed + moved).toBe(63 + 691 + 10_047 - unchanged);
    expect(await unitsValidOn(JULY)).toEqual([
      { level: 0, units: 1, leaves: 0 },
      { level: 1, units: 34, leaves: 0 },
      { level: 2, units: 3_321, leaves: 3_321 },
    ]);
    // The old structure is untouched for June.
    expect((await unitsValidOn(JUNE)).map((row) => row.units)).toEqual([1, 63, 691, 10_047]);
  });

  it("imports the 10,604 succession pairs, adding the five island districts they name", async () => {
    const preview = await importSuccessions(admin, mergeTable, "2025-07");
    expect(preview.rows).toBe(10_604);
    expect(preview.counts).toMatchObject({ oldUnits: 10_052, newUnits: 3_321, partialWithoutShare: 1_012 });
    expect(preview.createdUnits.map((unit) => unit.slice(0, 3)).sort()).toEqual(["318", "471", "498", "536", "755"]);
    const [base] = await db.$queryRaw<{ pairs: bigint; partial: bigint }[]>`
      SELECT COUNT(*) AS pairs, COUNT(*) FILTER (WHERE s.kind = 'PARTIAL') AS partial
      FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id
      WHERE s.effective_on = ${JULY}::date AND p.level >= 2`;
    expect({ pairs: Number(base!.pairs), partial: Number(base!.partial) }).toEqual({ pairs: 10_604, partial: 1_012 });
    // Province links are derived from the communes: full when all of an old province went into one new
    // province, partial for each new province that got some of it. (Cà Mau 96 kept its code and name:
    // the same unit continues, with Bạc Liêu 95 linked into it.)
    const provinceLinks = await db.unitSuccession.findMany({
      where: { effectiveOn: JULY, predecessor: { level: 1 } },
      select: {
        kind: true,
        predecessor: { select: { code: true } },
        successor: { select: { code: true, level: true } },
      },
    });
    expect(provinceLinks.every((link) => link.successor.level === 1)).toBe(true);
    const full = provinceLinks
      .filter((link) => link.kind === "FULL")
      .map((link) => `${link.predecessor.code}>${link.successor.code}`);
    expect(full).toEqual(expect.arrayContaining(["24>24", "27>24", "95>96"]));
    const fullPredecessors = new Set(full.map((pair) => pair.split(">")[0]));
    expect(provinceLinks.filter((link) => fullPredecessors.has(link.predecessor.code))).toHaveLength(
      fullPredecessors.size,
    );
    const ended = await db.unit.findMany({ where: { level: 1, validTo: JULY }, select: { code: true } });
    expect(new Set(provinceLinks.map((link) => link.predecessor.code))).toEqual(
      new Set(ended.map((unit) => unit.code)),
    );
    expect((await unitsValidOn(JUNE)).map((row) => row.units)).toEqual([1, 63, 696, 10_047]);
  });

  it("changes nothing when the new list and the table are imported again", async () => {
    const before = { units: await db.unit.count(), links: await db.unitSuccession.count() };
    const list = await importUnitList(admin, newList, "2025-07");
    expect(list.counts).toEqual({ opened: 0, closed: 0, renamed: 0, moved: 0, removed: 0, unchanged: 34 + 3_321 });
    const table = await importSuccessions(admin, mergeTable, "2025-07");
    expect(table.counts).toMatchObject({ written: 0, removed: 0, unchanged: 10_604 + table.counts.derived });
    expect(table.createdUnits).toEqual([]);
    expect({ units: await db.unit.count(), links: await db.unitSuccession.count() }).toEqual(before);
  });

  it("previews an excerpt of one province as that province only; as the whole country, it names the 33 provinces it would end", async () => {
    const excerpt = referenceRows("units-2025.csv")
      .filter((row) => row.province_code === "96")
      .slice(0, 6);
    const upload = file(
      csvFile(
        [
          "province_code,province_name,ward_code,ward_name,ward_type",
          ...excerpt.map((row) => Object.values(row).join(",")),
        ].join("\n"),
      ),
      "ca-mau-6-dong.csv",
    );
    const asProvince = await previewUnitList(admin, upload, "2026-12", { coverage: "provinces", provinces: "96" });
    expect(asProvince.data).toMatchObject({
      issues: [],
      counts: { closed: 64 - 6, renamed: 0, moved: 0, unchanged: 1 + 6 },
    });
    expect(asProvince.data?.warning).toEqual({ affected: 58, ending: 58, moved: 0, provinces: [] });
    const asCountry = await previewUnitList(admin, upload, "2026-12");
    expect(asCountry.data?.counts.closed).toBe(33 + 3_321 - 6);
    expect(asCountry.data?.warning?.provinces.filter((province) => province.change === "closed")).toHaveLength(33);
    // Rows of another province than those declared are errors with their row.
    const wrong = await previewUnitList(admin, upload, "2026-12", { coverage: "provinces", provinces: "95" });
    expect(wrong.data?.issues.map((issue) => [issue.code, "row" in issue ? issue.row : null])).toEqual(
      [2, 3, 4, 5, 6, 7].map((row) => ["outsideCoverage", row]),
    );
  });

  it("refuses to change the past with an older list (the commune list lacks the island districts)", async () => {
    const older = await previewUnitList(admin, oldList, "2018-01");
    expect(older.ok).toBe(false);
    expect(older.data?.issues).toContainEqual({ code: "beforeLatestList", latest: "2025-07-01" });
    expect(older.data?.issues).toContainEqual(expect.objectContaining({ code: "missingUnitHasData", unitCode: "318" }));
  });

  describe("totals carried into the new structure for June 2025", () => {
    beforeAll(async () => {
      const groupSet = await db.groupSet.create({
        data: { code: "LBHYT-2014", name: "Nhóm đối tượng", legalBasis: "Luật BHYT", validFrom: day("2015-01-01") },
      });
      const groups = await db.participantGroup.createManyAndReturn({
        data: [1, 2, 3, 4, 5].map((n) => ({
          groupSetId: groupSet.id,
          code: String(n),
          ordinal: n,
          name: `Nhóm ${n}`,
          shortName: `N${n}`,
        })),
      });
      // Made-up but varied figures for every old base unit (communes and island districts).
      await db.$executeRaw(Prisma.sql`
        INSERT INTO unit_month_report (unit_id, period, population, status)
        SELECT u.id, ${JUNE}::date, 1500 + (u.id * 7919) % 23000, 'APPROVED'
        FROM unit u WHERE u.valid_to = ${JULY}::date
          AND NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = u.id)`);
      await db.$executeRaw(Prisma.sql`
        INSERT INTO enrollment_figure (unit_id, period, group_id, insured, eligible, newly_enrolled, renewed)
        SELECT r.unit_id, r.period, g.id, (r.population * (11 + g.ordinal)) / 100 - (r.unit_id % 7),
               (r.population * (12 + g.ordinal)) / 100, (r.unit_id * g.ordinal) % 41, (r.unit_id * g.ordinal) % 97
        FROM unit_month_report r CROSS JOIN unnest(${groups.map((g) => g.id)}::int[]) AS gid(id) JOIN participant_group g ON g.id = gid.id`);
    });

    it("keeps the national insured and population totals", async () => {
      const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
      const old = await getCoverageSummary(country.id, "2025-06");
      const provinces = await getChildCoverage(country.id, "2025-06", "2025-07");
      expect(provinces).toHaveLength(34);
      expect(old.reportingUnits).toBe(10_052);
      expect(provinces.reduce((sum, p) => sum + p.insured, 0)).toBe(old.insured);
      expect(provinces.reduce((sum, p) => sum + p.population, 0)).toBe(old.population);
      const carried = await getCoverageSummary(country.id, "2025-06", "2025-07");
      expect([carried.insured, carried.population]).toEqual([old.insured, old.population]);
    });

    it("gives each new province the sum over its predecessors, with the parts of split communes", async () => {
      const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
      const provinces = await getChildCoverage(country.id, "2025-06", "2025-07");
      const expected = await expectedProvinceTotals();
      for (const province of provinces) {
        expect({ code: province.code, insured: province.insured, population: province.population }).toEqual({
          code: province.code,
          ...expected.get(province.id),
        });
      }
      // Bắc Ninh (24) is exactly old Bắc Giang (24) plus old Bắc Ninh (27): no commune was split across them.
      const bacNinh = provinces.find((p) => p.code === "24")!;
      const [oldSum] = await db.$queryRaw<{ population: bigint }[]>`
        SELECT SUM(r.population) AS population FROM unit_month_report r
        JOIN unit_closure c ON c.descendant_id = r.unit_id JOIN unit p ON p.id = c.ancestor_id
        WHERE r.period = ${JUNE}::date AND p.level = 1 AND p.code IN ('24', '27') AND p.valid_to = ${JULY}::date`;
      expect(bacNinh.population).toBe(Number(oldSum!.population));
    });

    it("gives each new province's own summary the totals of its row, communes split across provinces included", async () => {
      const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
      for (const province of await getChildCoverage(country.id, "2025-06", "2025-07")) {
        const summary = await getCoverageSummary(province.id, "2025-06", "2025-07");
        expect({
          code: province.code,
          insured: summary.insured,
          population: summary.population,
          reportingUnits: summary.reportingUnits,
        }).toEqual({
          code: province.code,
          insured: province.insured,
          population: province.population,
          reportingUnits: province.reportingUnits,
        });
      }
    });
  });
});

/** For each new province: the old base units' June figures, each divided among its successors by the share rule. */
async function expectedProvinceTotals() {
  const links = await db.unitSuccession.findMany({
    where: { effectiveOn: JULY, successor: { level: 2 } },
    select: {
      predecessorId: true,
      successorId: true,
      kind: true,
      shareBp: true,
      successor: { select: { code: true, parentId: true } },
    },
  });
  const byPredecessor = new Map<number, typeof links>();
  for (const link of links)
    byPredecessor.set(link.predecessorId, [...(byPredecessor.get(link.predecessorId) ?? []), link]);
  const [figures, reports] = await Promise.all([
    db.enrollmentFigure.findMany({ where: { period: JUNE }, select: { unitId: true, insured: true } }),
    db.unitMonthReport.findMany({ where: { period: JUNE }, select: { unitId: true, population: true } }),
  ]);
  const totals = new Map<number, { insured: number; population: number }>();
  const carry = (unitId: number, value: number, key: "insured" | "population") => {
    const own = byPredecessor.get(unitId) ?? [];
    const shares = effectiveShares(own.map((link) => ({ ...link, successorCode: link.successor.code })));
    allocateCount(value, shares).forEach((part, i) => {
      const province = own[i]!.successor.parentId!;
      const total = totals.get(province) ?? { insured: 0, population: 0 };
      total[key] += part;
      totals.set(province, total);
    });
  };
  for (const figure of figures) carry(figure.unitId, figure.insured, "insured");
  for (const report of reports) carry(report.unitId, report.population, "population");
  return totals;
}
