// Downloads, on the demo data as on 29 November 2026: a dashboard chart as a PNG picture (at twice
// its size), as an SVG that parses and carries the chart's own text and title, and its figures as an
// .xlsx from the server; the same menu in English; the comparison view's and a plan view's workbooks.
// Every file is read back: the PNG's signature and size, the SVG with a DOM parser, the workbooks
// with exceljs.
import { readFile } from "node:fs/promises";

import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./sign-in";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function workbookOf(download: Download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** Chooses `item` in the chart's "Tải về" menu and waits for the file. */
async function downloadFrom(page: Page, chart: string, item: string): Promise<Download> {
  const menu = page
    .getByTestId("chart-download")
    .filter({ has: page.locator("summary") })
    .nth(chart === "groups" ? 0 : 1);
  await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByText(item, { exact: true }).click()]);
  return download;
}

test("a dashboard chart downloads as PNG, SVG and Excel, from a keyboard-reachable menu", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/24?month=2026-10");
  await expect(page.locator(".recharts-wrapper > svg").first()).toBeVisible();
  await expect(page.getByTestId("chart-download")).toHaveCount(2);

  // The trend chart as SVG: it parses, has a title naming the unit and month, and the chart's own axis labels.
  const svg = await downloadFrom(page, "trend", "Ảnh SVG");
  expect(svg.suggestedFilename()).toBe("dien-bien-bao-phu-24-2026-10.svg");
  const svgText = await readFile(await svg.path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.nodeName,
      title: doc.querySelector("title")?.textContent ?? "",
      texts: [...doc.querySelectorAll("text")].map((node) => node.textContent ?? ""),
    };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.title).toBe("Diễn biến tỷ lệ bao phủ theo tháng · Tỉnh Bắc Ninh · tháng 10/2026");
  expect(parsed.texts).toContain("10/2026");
  expect(parsed.texts).toContain("Tỷ lệ bao phủ");
  expect(parsed.texts.some((text) => /^\d{2,3},\d%$/.test(text))).toBe(true);

  // The same chart as PNG: a PNG file, drawn at twice the chart's size.
  const png = await downloadFrom(page, "trend", "Ảnh PNG");
  expect(png.suggestedFilename()).toBe("dien-bien-bao-phu-24-2026-10.png");
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const chartWidth = await page
    .locator(".recharts-wrapper > svg")
    .nth(1)
    .evaluate((node) => node.getBoundingClientRect().width);
  expect(bytes.readUInt32BE(16)).toBe(Math.ceil(chartWidth) * 2);

  // The group chart's figures: from the server, a workbook whose rates are numbers.
  const xlsx = await downloadFrom(page, "groups", "Số liệu Excel");
  expect(xlsx.suggestedFilename()).toBe("bao-phu-theo-nhom-24-2026-10.xlsx");
  const sheet = (await workbookOf(xlsx)).worksheets[0]!;
  expect(sheet.name).toBe("Nhóm đối tượng");
  expect(sheet.getCell("A1").value).toBe("Tỷ lệ bao phủ theo nhóm đối tượng");
  const header = (sheet.getRow(7).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual(["Nhóm", "Tên nhóm", "Có thẻ", "Thuộc diện", "Thực tế"]);
  expect(typeof sheet.getRow(8).getCell(5).value).toBe("number");
  expect(sheet.getColumn(5).numFmt).toBe("0.00%");

  // The menu opens and its items are reached with the keyboard.
  const summary = page.getByTestId("chart-download").first().locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chart-download").first()).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("chart-download").first().getByRole("button", { name: "Ảnh PNG" })).toBeFocused();
  await expectAccessible(page, "the chart download menu open");
});

test("the chart menu and its files are in English for an English reader", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.goto("/coverage/24?month=2026-10");
  await expect(page.getByTestId("chart-download").first().locator("summary")).toHaveText(/Download/);
  const xlsx = await downloadFrom(page, "trend", "Excel data");
  const sheet = (await workbookOf(xlsx)).worksheets[0]!;
  expect(sheet.name).toBe("Trend");
  expect((sheet.getRow(7).values as unknown[]).slice(1)).toEqual([
    "Month",
    "People insured",
    "Population",
    "Base units reporting",
    "Coverage rate",
    "Target",
  ]);
});

test("the comparison view and a plan view export their figures as Excel", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/24/compare?from=2025-10&to=2026-10");
  const rows = page.getByTestId("compare-row");
  await expect(rows.first()).toBeVisible();
  const shownRows = await rows.count();
  const [compare] = await Promise.all([page.waitForEvent("download"), page.getByTestId("compare-xlsx").click()]);
  expect(compare.suggestedFilename()).toBe("so-sanh-24-2025-10-2026-10.xlsx");
  const compared = (await workbookOf(compare)).worksheets[0]!;
  // Title, notes, a blank line, the header, then one row per row of the page.
  const header = compared.getRow(compared.rowCount - shownRows);
  expect((header.values as unknown[])[1]).toBe("Mã");
  expect(compared.getRow(compared.rowCount - shownRows + 1).getCell(2).value).toBe(
    (await rows.first().locator("th").textContent())?.trim(),
  );

  await page.goto("/plans?status=all");
  const href = await page
    .locator('a[href^="/plans/"]')
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? "").find((value) => /^\/plans\/\d+(\?|$)/.test(value)),
    );
  expect(href).toBeTruthy();
  await page.goto(href!);
  await expect(page.getByTestId("plan-view-heading")).toBeVisible();
  await expect(page.getByTestId("chart-download")).toHaveCount(2);
  const [plan] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-xlsx").click()]);
  expect(plan.suggestedFilename()).toMatch(/^ke-hoach-\d+-\d+-\d{4}-\d{2}\.xlsx$/);
  const book = await workbookOf(plan);
  expect(book.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(["Diễn biến", "Nhóm đối tượng"]);
  expect(typeof book.worksheets[1]!.getRow(6).getCell(3).value).toBe("number");

  // Sorted by points on the page, the workbook's ranking follows the page's order.
  await page.getByRole("link", { name: "Theo điểm % so với chỉ tiêu" }).click();
  await expect(page).toHaveURL(/sort=points/);
  const shownCodes = await page
    .getByTestId("plan-ranking")
    .locator("tbody tr a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get("unit")));
  expect(shownCodes.length).toBeGreaterThan(1);
  const [sorted] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-xlsx").click()]);
  const ranking = (await workbookOf(sorted)).getWorksheet("Xếp hạng")!;
  const codes: unknown[] = [];
  ranking.eachRow((row) => {
    if (typeof row.getCell(1).value === "number") codes.push(row.getCell(2).value);
  });
  expect(codes.slice(0, shownCodes.length)).toEqual(shownCodes);
});
