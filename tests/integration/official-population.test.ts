// The official population (GSO) on the small tree: an import with a bad row is refused naming the
// row and the column, and changes nothing; a good one is previewed (nothing written), then written
// with one audit entry of the figures before and after; a code reused within a year means the unit
// valid at its end; a stale preview is refused. Then the dashboard's cards, rendered on the
// imported figure: the rate on the official population beside the rate on the reported one.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { SummaryCards } from "@/components/dashboard/summary-cards";
import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { importOfficialPopulationSpec, type PopulationPreview } from "@/lib/population/import-official-population";
import { describeImportIssue } from "@/lib/units/describe-import-issue";

import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { csvFile, file } from "../helpers/unit-import";

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let admin: ActionUser;
let official: ActionUser;

beforeAll(async () => {
  tree = await createSmallTree(db);
  admin = await createTestUser(db, { username: "admin.danso", role: "ADMIN", scopeUnitId: tree.vn.id });
  official = await createTestUser(db, {
    username: "tinh.danso",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
});

const upload = (lines: string[], name = "dan-so.csv") => file(csvFile(lines.join("\n")), name);

async function run(user: ActionUser, lines: string[], intent: "preview" | "apply", fingerprint?: string) {
  const result = await runAuthedAction(
    importOfficialPopulationSpec,
    { file: upload(lines), intent, ...(fingerprint ? { fingerprint } : {}) },
    actionEnvironment(user),
  );
  return { ...result, preview: result.data as PopulationPreview | undefined };
}

const stored = async () =>
  (
    await db.officialPopulation.findMany({ include: { unit: true }, orderBy: [{ year: "asc" }, { unitId: "asc" }] })
  ).map((row) => [row.unit.code, row.unitId, row.year, row.population, row.version]);
const auditCount = () => db.auditEntry.count({ where: { action: "population.import" } });

// Province 10 is two units: the old one until 30 June 2025, the new one from 1 July 2025.
const GOOD = [
  "Mã đơn vị,Tên đơn vị,Năm,Dân số",
  "10,Tỉnh Cũ,2024,7.850",
  "10,Tỉnh Mới,2025,7900",
  "20001,Phường mới,2025,6 700",
];

describe("official population import", () => {
  it("refuses a file with a bad row, naming the row and the column, and changes nothing", async () => {
    const before = { figures: await stored(), audit: await db.auditEntry.count() };
    const bad = [
      ...GOOD,
      "20002,Xã Cát Tây,2024,1200",
      "20002,Xã Cát Tây,2025,-5",
      "10,Tỉnh Mới,2025,7901",
      "1000x,Sai,2025,100",
    ];
    const { ok, preview, fieldErrors } = await run(admin, bad, "preview");
    expect(ok).toBe(false);
    expect(fieldErrors.file).toEqual(["Tệp có 3 lỗi (xem bảng bên dưới)."]);
    const described = preview!.issues.map((issue) => describeImportIssue(issue, MESSAGES.vi.units, "vi"));
    expect(described.map(({ row, column, message }) => [row, column, message])).toEqual([
      [6, "Dân số", "Dân số “-5” không hợp lệ: nhập số người, số nguyên lớn hơn 0, ví dụ 136430 hoặc 136.430."],
      [7, "Mã đơn vị", "Đơn vị 10 năm 2025 đã có ở dòng 3."],
      [
        8,
        "Mã đơn vị",
        "Mã đơn vị “1000X” không hợp lệ: mã tỉnh 2 chữ số, huyện 3, xã 5 (giữ số 0 ở đầu), hoặc VN cho cả nước.",
      ],
    ]);
    // Rows that pass on their own are then checked against the units of their year.
    const unknown = await run(admin, [...GOOD, "20002,Xã Cát Tây,2024,1200"], "apply", "x");
    expect(unknown.ok).toBe(false);
    expect(unknown.preview!.issues.map((issue) => describeImportIssue(issue, MESSAGES.en.units, "en"))).toEqual([
      {
        row: 5,
        where: "5",
        column: "Mã đơn vị",
        message: "No unit with code 20002 in 2024: check the code, or import the unit list first.",
      },
    ]);
    expect({ figures: await stored(), audit: await db.auditEntry.count() }).toEqual(before);
  });

  it("previews without writing, then writes the previewed figures with one audit entry; the code of a year means the unit valid at its end", async () => {
    const preview = await run(admin, GOOD, "preview");
    expect(preview.ok, preview.message ?? "").toBe(true);
    expect(preview.preview).toMatchObject({
      rows: 3,
      changes: 3,
      counts: { created: 3, updated: 0, unchanged: 0 },
      issueCount: 0,
    });
    expect(await stored()).toEqual([]);

    const applied = await run(admin, GOOD, "apply", preview.preview!.fingerprint!);
    expect(applied.ok, applied.message ?? "").toBe(true);
    expect(applied.message).toBe("Đã nhập dân số chính thức: 3 số mới, 0 số thay đổi.");
    expect(await stored()).toEqual([
      ["10", tree.oldProvince.id, 2024, 7_850, 1],
      ["10", tree.newProvince.id, 2025, 7_900, 1],
      ["20001", tree.fresh["20001"], 2025, 6_700, 1],
    ]);
    const entries = await db.auditEntry.findMany({ where: { action: "population.import" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      username: "admin.danso",
      entityType: "official_population",
      entityId: "2024,2025",
    });
    expect((entries[0]!.after as { figures: unknown[] }).figures).toEqual([
      { unitCode: "10", unitId: tree.oldProvince.id, year: 2024, before: null, after: 7_850 },
      { unitCode: "10", unitId: tree.newProvince.id, year: 2025, before: null, after: 7_900 },
      { unitCode: "20001", unitId: tree.fresh["20001"], year: 2025, before: null, after: 6_700 },
    ]);
  });

  it("replaces a figure imported again, keeping the others, and refuses a stale preview", async () => {
    const changed = ["Mã đơn vị,Năm,Dân số", "10,2025,8000", "20001,2025,6700"];
    const preview = await run(admin, changed, "preview");
    expect(preview.preview).toMatchObject({ changes: 1, counts: { created: 0, updated: 1, unchanged: 1 } });
    expect(preview.preview!.examples).toEqual([
      { unitCode: "10", unitName: "Tỉnh Mới", year: 2025, before: 7_900, population: 8_000 },
    ]);

    // Someone else changes the figure between the preview and the confirmation.
    await db.officialPopulation.update({
      where: { unitId_year: { unitId: tree.newProvince.id, year: 2025 } },
      data: { population: 7_950, version: { increment: 1 } },
    });
    const audits = await auditCount();
    const stale = await run(admin, changed, "apply", preview.preview!.fingerprint!);
    expect(stale.ok).toBe(false);
    expect(stale.message).toBe(MESSAGES.vi.units.import.changedSincePreview);
    expect(await auditCount()).toBe(audits);

    const again = await run(admin, changed, "preview");
    expect((await run(admin, changed, "apply", again.preview!.fingerprint!)).ok).toBe(true);
    const figure = await db.officialPopulation.findUniqueOrThrow({
      where: { unitId_year: { unitId: tree.newProvince.id, year: 2025 } },
    });
    expect(figure).toMatchObject({ population: 8_000, version: 3 });
    const last = await db.auditEntry.findFirstOrThrow({
      where: { action: "population.import" },
      orderBy: { id: "desc" },
    });
    expect((last.after as { figures: unknown[] }).figures).toEqual([
      { unitCode: "10", unitId: tree.newProvince.id, year: 2025, before: 7_950, after: 8_000 },
    ]);
  });

  it("is for administrators only", async () => {
    const refused = await run(official, GOOD, "preview");
    expect(refused).toMatchObject({ ok: false, message: MESSAGES.vi.actions.refused });
  });
});

describe("the dashboard's rate on the official population", () => {
  const cards = async (unitId: number, month: "2025-06" | "2025-07", locale: "vi" | "en" = "vi") =>
    renderToStaticMarkup(await SummaryCards({ unitId, month, locale, t: MESSAGES[locale] }));
  const card = (html: string, testId: string) => {
    const start = html.indexOf(`data-testid="${testId}"`);
    return start === -1
      ? null
      : html
          .slice(start, html.indexOf("</div></div>", start))
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ");
  };

  it("shows the rate on the official population beside the rate on the reported population, and says which is which", async () => {
    // July 2025, new province 10: 7,015 insured of 7,800 reported people (89.94%), of 8,000 official (87.69%).
    const html = await cards(tree.newProvince.id, "2025-07");
    expect(card(html, "card-coverage-rate")).toContain("Tỷ lệ bao phủ (dân số báo cáo) 89,94%");
    expect(card(html, "card-official-rate")).toContain("Tỷ lệ bao phủ (dân số chính thức) 87,69%");
    expect(card(html, "card-official-rate")).toContain("dân số chính thức năm 2025 (Tổng cục Thống kê): 8.000.");
    expect(card(html, "card-official-rate")).toContain("Dân số các xã báo cáo: 7.800.");
    const english = await cards(tree.newProvince.id, "2025-07", "en");
    expect(card(english, "card-official-rate")).toContain("Coverage (official population) 87.69%");
  });

  it("shows the reported rate alone where the unit has no official population for the month's year", async () => {
    // June 2025 is the old province's: its figure is for 2024 only.
    const html = await cards(tree.oldProvince.id, "2025-06");
    expect(card(html, "card-official-rate")).toBeNull();
    expect(card(html, "card-coverage-rate")).toContain("Tỷ lệ bao phủ BHYT 88,97%");
    // People not yet insured: 7,800 − 6,940.
    expect(card(html, "card-uninsured")).toContain("Số người chưa có thẻ BHYT 860");
  });
});
