// The monthly report as a PDF, read back with poppler's pdftotext: a province of three communes in
// October 2026 and October 2025 against a plan of 90% (groups: 95% and 92%, with their responsible
// agencies), one commune's report only submitted. The figures expected are worked out by hand from
// the rows written here, and must equal what the dashboard's own reads return. The first page is
// kept as a PNG under test-results/ (pdftoppm) for a person to look at.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { db } from "@/lib/db";
import { formatCount, formatPercent } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildMonthlyReportFile } from "@/lib/monthly-report/report-file";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { rebuildUnitClosure } from "@/lib/units/rebuild-closure";

import { squaresGeoJson } from "../fixtures/boundary-squares";
import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";

const ORIGINAL_TODAY = process.env.APP_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PRINTED_AT = day("2026-11-29");
const work = mkdtempSync(path.join(tmpdir(), "monthly-report-"));

type Figures = { population: number; groups: [[number, number], [number, number]]; status?: "SUBMITTED" | "APPROVED" };
const COMMUNES: { code: string; name: string; lastYear: Figures; month: Figures }[] = [
  // 920 / 1,000 (92%); October 2025: 840 (84%).
  {
    code: "50001",
    name: "Xã Bắc Sơn",
    lastYear: {
      population: 1_000,
      groups: [
        [280, 320],
        [560, 660],
      ],
    },
    month: {
      population: 1_000,
      groups: [
        [300, 320],
        [620, 660],
      ],
    },
  },
  // 1,790 / 2,000, only submitted; October 2025: 1,730.
  {
    code: "50002",
    name: "Phường Đông Hà",
    lastYear: {
      population: 2_000,
      groups: [
        [480, 560],
        [1_250, 1_400],
      ],
    },
    month: {
      population: 2_000,
      groups: [
        [500, 560],
        [1_290, 1_400],
      ],
      status: "SUBMITTED",
    },
  },
  // 800 / 1,000 = 80%: below the New Rural Area threshold of 85% (needs 50 more); October 2025: 750.
  {
    code: "50003",
    name: "Xã Bắc Lũng",
    lastYear: {
      population: 1_000,
      groups: [
        [190, 300],
        [560, 680],
      ],
    },
    month: {
      population: 1_000,
      groups: [
        [200, 300],
        [600, 680],
      ],
    },
  },
];

let province: { id: number };
let nationalId = 0;
let groupIds: number[] = [];
let official: ActionUser;
let outsider: ActionUser;
const ids: Record<string, number> = {};

beforeAll(async () => {
  process.env.APP_TODAY = "2026-11-29";
  const tree = await createSmallTree(db);
  groupIds = tree.groups.map((group) => group.id);
  nationalId = tree.vn.id;
  const unit = (code: string, name: string, kind: "PROVINCE" | "COMMUNE" | "WARD", level: number, parentId: number) =>
    db.unit.create({ data: { code, name, kind, level, parentId, validFrom: day("2025-07-01") } });
  province = await unit("50", "Tỉnh Thử", "PROVINCE", 1, tree.vn.id);
  for (const commune of COMMUNES)
    ids[commune.code] = (
      await unit(commune.code, commune.name, commune.name.startsWith("Phường") ? "WARD" : "COMMUNE", 2, province.id)
    ).id;
  await rebuildUnitClosure(db);
  const write = async (unitId: number, period: Date, { population, groups, status = "APPROVED" }: Figures) => {
    await db.unitMonthReport.create({ data: { unitId, period, population, status, submittedAt: period } });
    await db.enrollmentFigure.createMany({
      data: groups.map(([insured, eligible], i) => ({
        unitId,
        period,
        groupId: tree.groups[i]!.id,
        insured,
        eligible,
        newlyEnrolled: 5,
        renewed: 7,
      })),
    });
  };
  for (const commune of COMMUNES) {
    await write(ids[commune.code]!, day("2025-10-01"), commune.lastYear);
    // August and September as October, all approved; nothing in July (the quarterly report's months).
    for (const period of ["2026-08-01", "2026-09-01"])
      await write(ids[commune.code]!, day(period), { ...commune.month, status: "APPROVED" });
    await write(ids[commune.code]!, day("2026-10-01"), commune.month);
  }
  const due = day("2026-12-31");
  await db.plan.create({
    data: {
      number: "7/KH-UBND",
      title: "Kế hoạch thử",
      issuer: "UBND tỉnh",
      issuedOn: day("2025-01-01"),
      scopeUnitId: province.id,
      periodStart: day("2025-01-01"),
      periodEnd: due,
      targets: {
        create: [
          { unitId: province.id, rateBp: 9_000, dueOn: due },
          {
            unitId: province.id,
            groupId: tree.groups[0]!.id,
            rateBp: 9_500,
            dueOn: due,
            responsibleAgency: "Sở Nội vụ",
          },
          {
            unitId: province.id,
            groupId: tree.groups[1]!.id,
            rateBp: 9_200,
            dueOn: due,
            responsibleAgency: "BHXH tỉnh",
          },
        ],
      },
    },
  });
  official = await createTestUser(db, {
    username: "tinh.baocao",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: province.id,
  });
  outsider = await createTestUser(db, {
    username: "tinh.khac",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (ORIGINAL_TODAY === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL_TODAY;
});

async function reportText(
  user: ActionUser,
  code: string,
  query: string,
  locale: "vi" | "en" = "vi",
  png?: { name: string; on?: string },
) {
  const file = await buildMonthlyReportFile({
    user,
    printedBy: `Cán bộ tỉnh (${user.username})`,
    printedAt: PRINTED_AT,
    unitCode: code,
    query: new URLSearchParams(query),
    locale,
    t: MESSAGES[locale],
  });
  if (file.kind !== "ready") throw new Error(`not ready: ${JSON.stringify(file)}`);
  expect(Buffer.from(file.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  const pdf = path.join(work, file.fileName);
  writeFileSync(pdf, file.bytes);
  // Lines as laid out, with runs of spaces collapsed, so a table row reads as one line.
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (png) {
    // The first page, or the first page that holds `png.on` (a section's title).
    const page = png.on ? text.split("\f").findIndex((each) => each.includes(png.on!)) + 1 : 1;
    expect(page).toBeGreaterThan(0);
    mkdirSync("test-results", { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      png.on ? "110" : "80",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      pdf,
      path.join("test-results", png.name),
    ]);
  }
  return { fileName: file.fileName, text, lines: text.split("\n").map((line) => line.replace(/\s+/g, " ").trim()) };
}

describe("the monthly report as a PDF", () => {
  it("has the national motto, the issuing unit, the title with the period, the provisional stamp, the printer and page numbers", async () => {
    const { fileName, text } = await reportText(official, "50", "month=2026-10", "vi", {
      name: "monthly-report-page-1",
    });
    expect(fileName).toBe("bao-cao-50-2026-10.pdf");
    expect(text).toContain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("TỈNH THỬ");
    expect(text).toContain("Ngày 29 tháng 11 năm 2026");
    expect(text).toContain("BÁO CÁO TÌNH HÌNH THAM GIA BẢO HIỂM Y TẾ");
    expect(text).toContain("Tỉnh Thử · tháng 10/2026");
    // Phường Đông Hà's report is submitted, not approved.
    expect(text).toContain("SỐ LIỆU TẠM THỜI");
    expect(text).toContain("2/3 đơn vị cơ sở có báo cáo đã duyệt");
    expect(text).toContain("Cán bộ tỉnh (tinh.baocao)");
    expect(text).toContain("Nguồn: báo cáo tháng của các đơn vị cơ sở");
    const pages = [...text.matchAll(/Trang (\d+)\/(\d+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
    const total = pages[0]![1]!;
    expect(pages).toEqual(Array.from({ length: total }, (_, index) => [index + 1, total]));
    expect(text.split("\f").filter((page) => page.trim() !== "")).toHaveLength(total);
  });

  it("states the figures the dashboard's reads give: summary, groups with agencies, last year, completeness, ranking and the rural threshold", async () => {
    const { lines } = await reportText(official, "50", "month=2026-10");
    // The dashboard's reads, for the same unit, month and basis.
    const [summary, candidates] = await Promise.all([
      getCoverageSummary(province.id, "2026-10", null, "submitted"),
      getUnitTargetCandidates(province.id),
    ]);
    const progress = progressAgainstTarget(
      summary.insured,
      summary.population,
      applicableTarget(candidates, province.id, null, "2026-10"),
    );
    // By hand: 3,510 of 4,000 = 87.75% against 90%: 3,600 − 3,510 = 90 still to enroll, −2.25 points.
    expect([summary.insured, summary.population, progress.gap]).toEqual([3_510, 4_000, 90]);
    expect(formatPercent(progress.rate, "vi")).toBe("87,75%");
    expect(lines).toContainEqual(
      expect.stringMatching(/^Tỷ lệ bao phủ BHYT 87,75% Chỉ tiêu ≥ 90,00% theo 7\/KH-UBND \(hạn 31\/12\/2026\)/),
    );
    expect(lines).toContain("So với chỉ tiêu −2,25 điểm % Chưa đạt");
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Số người tham gia BHYT ${formatCount(summary.insured, "vi")} 30 tham gia mới, 42 tái tục`),
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Dân số 4\.000 /));
    expect(lines).toContain("Số người cần vận động thêm 90 Để đạt chỉ tiêu 90,00%");
    // Groups: 1,000 / 1,180 against 95% (1,121 − 1,000 = 121); 2,510 / 2,740 against 92% (2,521 − 2,510 = 11).
    expect(lines).toContain("1. G1 1.000 1.180 84,75% ≥ 95,00% 121 Sở Nội vụ");
    expect(lines).toContain("2. G2 2.510 2.740 91,61% ≥ 92,00% 11 BHXH tỉnh");
    // October 2025: 3,320 / 4,000 = 83%.
    expect(lines).toContain("Tỷ lệ bao phủ BHYT 83,00% 87,75% +4,75 điểm %");
    expect(lines).toContain("Số người tham gia BHYT 3.320 3.510 +190");
    // Completeness: three communes, all submitted before the deadline, two approved.
    expect(lines).toContain("3 3 0 0 0 2");
    // Ranking by coverage rate, with the status; the submitted ward counts on this basis.
    expect(lines).toContain("1 50001 Xã Bắc Sơn 1.000 920 92,00% 90,00% 0 Đạt chỉ tiêu");
    expect(lines).toContain("2 50002 Phường Đông Hà 2.000 1.790 89,50% 90,00% 10 Gần đạt");
    expect(lines).toContain("3 50003 Xã Bắc Lũng 1.000 800 80,00% 90,00% 100 Chưa đạt");
    // Below the New Rural Area threshold: only Bắc Lũng (a ward is not in the programme).
    expect(lines).toContain("8. Xã dưới ngưỡng nông thôn mới (85,00%)");
    expect(lines).toContain("Xã Bắc Lũng Tỉnh Thử 80,00% 50");
    expect(lines.some((line) => line.startsWith("Xã Bắc Sơn Tỉnh Thử"))).toBe(false);
  });

  it("counts only approved reports on the approved basis, and says 'approved' once every report is", async () => {
    const approvedBasis = await reportText(official, "50", "month=2026-10&data=approved");
    expect(approvedBasis.text).toContain("Số liệu: đã duyệt");
    expect(approvedBasis.lines).toContainEqual(expect.stringMatching(/^Số người tham gia BHYT 1\.720 /));

    await db.unitMonthReport.update({
      where: { unitId_period: { unitId: ids["50002"]!, period: day("2026-10-01") } },
      data: { status: "APPROVED" },
    });
    const { text } = await reportText(official, "50", "month=2026-10");
    expect(text).toContain("SỐ LIỆU ĐÃ DUYỆT");
    expect(text).not.toContain("SỐ LIỆU TẠM THỜI");
    expect(text).toContain("Tất cả 3 đơn vị cơ sở có báo cáo đã duyệt.");
  });

  it("is written in English for an English reader, with the groups' English names where the group set has them", async () => {
    await db.participantGroup.update({
      where: { id: groupIds[0]! },
      data: { nameEn: "Paid by employees and employers", shortNameEn: "Employees" },
    });
    const { text, lines } = await reportText(official, "50", "month=2026-10", "en");
    expect(lines).toContainEqual(expect.stringMatching(/^1\. Employees 1,000 1,180 84\.75% /));
    // Group 2 has no English name: its Vietnamese one stands.
    expect(lines).toContainEqual(expect.stringMatching(/^2\. G2 2,510 2,740 91\.61% /));
    expect(text).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(text).toContain("Independence - Freedom - Happiness");
    expect(text).toContain("29 Nov 2026");
    expect(text).toContain("Tỉnh Thử · Oct 2026");
    expect(text).toMatch(/Page 1\/\d+/);
    expect(lines).toContainEqual(expect.stringMatching(/^Coverage rate 87\.75% /));
  });

  it("reports a quarter at its last month, with each month of the quarter; a quarter not ended is refused", async () => {
    const { fileName, text, lines } = await reportText(official, "50", "quarter=2026-Q3");
    expect(fileName).toBe("bao-cao-quy-50-2026-Q3.pdf");
    expect(text).toContain("Tỉnh Thử · quý 3/2026 (số liệu cuối quý: tháng 9/2026)");
    expect(text).toContain("SỐ LIỆU ĐÃ DUYỆT");
    expect(lines).toContain("Các tháng trong quý");
    expect(lines).toContain("tháng 7/2026 không có báo cáo – – – –");
    expect(lines).toContain("tháng 8/2026 3.510 4.000 87,75% 30 42");
    expect(lines).toContain("tháng 9/2026 3.510 4.000 87,75% 30 42");
    const notEnded = await buildMonthlyReportFile({
      user: official,
      printedBy: "x",
      printedAt: PRINTED_AT,
      unitCode: "50",
      query: new URLSearchParams("quarter=2026-Q4"),
      locale: "vi",
      t: MESSAGES.vi,
    });
    expect(notEnded).toEqual({
      kind: "invalid",
      message: "Không tạo được báo cáo: quý “2026-Q4” không hợp lệ, chưa kết thúc hoặc chưa có số liệu.",
    });
  });

  it("draws the national report's tile map of provinces, with the archipelagos and the legend, as text", async () => {
    // A province the 34-province layout has a cell for (Hà Nội, 01), 950 / 1,000 = 95.00%.
    const hanoi = await db.unit.create({
      data: {
        code: "01",
        name: "Thành phố Hà Nội",
        kind: "MUNICIPALITY",
        level: 1,
        parentId: nationalId,
        validFrom: day("2025-07-01"),
      },
    });
    const ward = await db.unit.create({
      data: {
        code: "00004",
        name: "Phường Ba Đình",
        kind: "WARD",
        level: 2,
        parentId: hanoi.id,
        validFrom: day("2025-07-01"),
      },
    });
    await rebuildUnitClosure(db);
    const period = day("2026-10-01");
    await db.unitMonthReport.create({ data: { unitId: ward.id, period, population: 1_000, status: "APPROVED" } });
    await db.enrollmentFigure.create({
      data: {
        unitId: ward.id,
        period,
        groupId: groupIds[0]!,
        insured: 950,
        eligible: 1_000,
        newlyEnrolled: 0,
        renewed: 0,
      },
    });
    const admin = await createTestUser(db, { username: "quantri.bando", role: "ADMIN", scopeUnitId: nationalId });
    const { text, lines } = await reportText(admin, "VN", "month=2026-10", "vi", {
      name: "monthly-report-national-map",
      on: "Bản đồ tỷ lệ bao phủ",
    });
    expect(lines).toContainEqual(expect.stringMatching(/^\d\. Bản đồ tỷ lệ bao phủ$/));
    // The tile: its short name and rate, coloured by the dashboard's bands, with the legend beside it.
    expect(text).toContain("Hà Nội");
    expect(text).toContain("95,00%");
    for (const band of ["dưới 90%", "90% – dưới 93%", "93% – dưới 95%", "95% – dưới 97%", "từ 97%"])
      expect(lines).toContainEqual(expect.stringContaining(band));
    expect(text).toContain("QĐ. Hoàng Sa");
    expect(text).toContain("QĐ. Trường Sa");
    expect(text).toMatch(/\(Đà.Nẵng\)/);
    expect(text).toMatch(/\(Khánh.Hoà\)/);
    // Provinces the layout has no cell for (the test's codes) are named under the map, never dropped.
    expect(text).toMatch(/Chưa có ô trên bản đồ: .*Tỉnh Thử \(87,75%\)/);

    const english = await reportText(admin, "VN", "month=2026-10", "en");
    expect(english.lines).toContainEqual(expect.stringMatching(/^\d\. Map of coverage$/));
    expect(english.text).toContain("95.00%");
    expect(english.text).toContain("below 90%");
    expect(english.text).toContain("Hoang Sa Archipelago");
    expect(english.text).toContain("Truong Sa Archipelago");
  });

  it("draws a province's children from imported boundaries, or says that boundaries can be imported", async () => {
    const before = await reportText(official, "50", "month=2026-10");
    expect(before.lines.join(" ")).toContain(
      "Chưa có ranh giới của các đơn vị trực thuộc nên chưa vẽ được bản đồ; quản trị viên có thể nhập ranh giới (GeoJSON) tại “Nhập danh mục đơn vị”, mục 4.",
    );
    const squares = squaresGeoJson(["50001", "50002"]).features;
    for (const [index, code] of ["50001", "50002"].entries())
      await db.unitBoundary.create({
        data: { unitId: ids[code]!, geometry: squares[index]!.geometry, importedById: official.id },
      });
    const { text, lines } = await reportText(official, "50", "month=2026-10", "vi", {
      name: "monthly-report-choropleth",
      on: "Bản đồ tỷ lệ bao phủ",
    });
    expect(lines).toContain("6. Bản đồ tỷ lệ bao phủ");
    expect(text).not.toContain("Chưa có ranh giới của các đơn vị trực thuộc");
    // Each shape's name and rate (the ranking's figures), and the unit without a shape named.
    expect(text).toContain("92,00%");
    expect(text).toContain("89,50%");
    expect(text).toContain("Chưa có ranh giới: Xã Bắc Lũng.");
    expect(text).toContain("dưới 90%");
  });

  it("answers a unit outside the reader's scope like one that does not exist, and names a month without figures", async () => {
    const refused = await buildMonthlyReportFile({
      user: outsider,
      printedBy: "x",
      printedAt: PRINTED_AT,
      unitCode: "50",
      query: new URLSearchParams("month=2026-10"),
      locale: "vi",
      t: MESSAGES.vi,
    });
    expect(refused).toEqual({ kind: "notFound" });
    const badMonth = await buildMonthlyReportFile({
      user: official,
      printedBy: "x",
      printedAt: PRINTED_AT,
      unitCode: "50",
      query: new URLSearchParams("month=2030-01"),
      locale: "vi",
      t: MESSAGES.vi,
    });
    expect(badMonth).toEqual({
      kind: "invalid",
      message: "Không tạo được báo cáo: tháng “2030-01” không hợp lệ hoặc chưa có số liệu.",
    });
  });
});
