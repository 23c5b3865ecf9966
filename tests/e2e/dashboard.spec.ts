// A leader's path through the dashboard on the demo data: the national view, drill-down to a
// province, a district and a commune, back up through the breadcrumb, and the same after the
// July 2025 reorganisation, with the changes against last month and the same month last year (none,
// with the reason, for a province formed since; its predecessors' in today's structure) and the
// two months side by side, and the month's PDF report. Screenshots are kept under
// test-results/screenshots/.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const VI_COUNT = /^\d{1,3}(\.\d{3})*$/;
const VI_PERCENT = /^\d{1,3},\d{2}%$/;
const VI_POINTS_CHANGE = /^[+−]?\d{1,3},\d{2} điểm$/;
const VI_PEOPLE_CHANGE = /^[+−]?\d{1,3}(\.\d{3})* người$/;

/** "1.234.567" → 1234567 (Vietnamese thousands separators). */
function parseViCount(text: string): number {
  return Number(text.replace(/\./g, ""));
}

async function cardValue(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).locator("p").nth(1).innerText()).trim();
}

// A leader sees the whole country (read-only).
test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO.leader);
});

test("national view in June 2025: Vietnamese figures that add up, and a drill-down to a commune and back", async ({
  page,
}) => {
  await page.goto("/coverage/VN?month=2025-06");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Việt Nam");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 6/2025");
  await expect(page.getByText("Cơ cấu hành chính trước 1/7/2025")).toBeVisible();

  const rate = await cardValue(page, "card-coverage-rate");
  const insured = await cardValue(page, "card-insured");
  expect(rate).toMatch(VI_PERCENT);
  expect(insured).toMatch(VI_COUNT);

  // The provinces' insured add up to the national total shown on the card.
  const ranking = page.getByTestId("child-ranking");
  await expect(ranking.getByRole("link", { name: "Tỉnh Bắc Giang" })).toBeVisible();
  const provinceInsured = await ranking.locator("tbody tr td:nth-child(4)").allInnerTexts();
  expect(provinceInsured.length).toBe(6);
  expect(provinceInsured.reduce((sum, text) => sum + parseViCount(text.trim()), 0)).toBe(parseViCount(insured));

  // The change against last month and against June 2024, in points and in people; the same per province.
  await expect(page.getByTestId("change-last-month-points")).toHaveText(VI_POINTS_CHANGE);
  await expect(page.getByTestId("change-last-year")).toContainText("tháng 6/2024");
  await expect(page.getByTestId("change-last-year-points")).toHaveText(VI_POINTS_CHANGE);
  await expect(page.getByTestId("change-last-year-people")).toHaveText(VI_PEOPLE_CHANGE);
  await expect(ranking.getByTestId("ranking-change-year").first()).toContainText(/điểm.*người/s);
  await shoot(page, "dashboard-national-2025-06");

  await ranking.getByRole("link", { name: "Tỉnh Bắc Giang" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2025-06/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Giang");
  await shoot(page, "dashboard-bac-giang-2025-06");

  const district = page.getByTestId("child-ranking").locator("tbody tr a").first();
  const districtName = (await district.innerText()).trim();
  await district.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(districtName);

  const commune = page.getByTestId("child-ranking").locator("tbody tr a").first();
  const communeName = (await commune.innerText()).trim();
  await commune.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(communeName);
  await expect(page.getByTestId("child-ranking")).toHaveCount(0);
  expect(await cardValue(page, "card-population")).toMatch(VI_COUNT);
  await expect(page.getByTestId("reporting-count")).toContainText("1/1");
  await shoot(page, "dashboard-commune-2025-06");

  const breadcrumb = page.getByRole("navigation", { name: "Đường dẫn đơn vị" });
  await expect(breadcrumb.getByRole("link", { name: districtName })).toBeVisible();
  await breadcrumb.getByRole("link", { name: "Tỉnh Bắc Giang" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Giang");
});

test("after the reorganisation a province's children are communes", async ({ page }) => {
  await page.goto("/coverage/VN?month=2025-09");
  await expect(page.getByText("Cơ cấu hành chính từ 1/7/2025")).toBeVisible();
  const ranking = page.getByTestId("child-ranking");
  await expect(ranking.locator("tbody tr")).toHaveCount(3);
  await ranking.getByRole("link", { name: "Tỉnh Bắc Ninh" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2025-09/);
  const firstChild = (await page.getByTestId("child-ranking").locator("tbody tr a").first().innerText()).trim();
  expect(firstChild).toMatch(/^(Xã|Phường|Đặc khu) /);
  // Formed on 1 July 2025: no change since September 2024 in its own structure, with the reason, never 0.
  await expect(page.getByTestId("change-last-year-none")).toContainText("đơn vị chưa có trong tháng 9/2024");
  await expect(page.getByTestId("child-ranking").getByTestId("ranking-change-year").first()).toHaveText(
    /chưa có đơn vị/,
  );
  await expect(page.getByTestId("change-last-month-people")).toHaveText(VI_PEOPLE_CHANGE);
  await shoot(page, "dashboard-bac-ninh-2025-09");
  // In today's structure its predecessors' figures of September 2024 are carried into it.
  await page.getByTestId("structure-toggle").getByRole("link", { name: "Cơ cấu hiện nay" }).click();
  await expect(page).toHaveURL(/view=current/);
  await expect(page.getByTestId("change-last-year-points")).toHaveText(VI_POINTS_CHANGE);

  // The comparison view: September 2024 beside September 2025 for the province and its communes.
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(/\/coverage\/24\/compare\?from=2024-09&to=2025-09&view=current/);
  const compared = page.getByTestId("month-comparison");
  await expect(compared.getByTestId("compare-points").first()).toContainText(/^[+−]?\d{1,3},\d{2} điểm/);
  await expect(compared.getByTestId("compare-people").first()).toHaveText(VI_PEOPLE_CHANGE);
  expect(await compared.getByTestId("compare-row").count()).toBeGreaterThan(2);
  await shoot(page, "compare-bac-ninh-2024-09-2025-09");
});

test("the month picker changes the month in the URL and the figures", async ({ page }) => {
  await page.goto("/coverage/95?month=2021-12");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bạc Liêu");
  await expect(page.getByText("119/KH-UBND").first()).toBeVisible();
  await page.locator("select[name=month]").selectOption("2021-09");
  await expect(page).toHaveURL(/month=2021-09/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 9/2021");

  // One click: the month's report as a PDF, made on the server.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-pdf").click()]);
  expect(download.suggestedFilename()).toBe("bao-cao-95-2021-09.pdf");
  expect((await readFile(await download.path())).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("English is available", async ({ page, context }) => {
  await context.addCookies([{ name: "locale", value: "en", url: "http://127.0.0.1" }]);
  await page.goto("/coverage/VN?month=2025-06");
  await expect(page.getByText("Coverage rate").first()).toBeVisible();
  expect(await cardValue(page, "card-insured")).toMatch(/^\d{1,3}(,\d{3})*$/);
  // The participant groups by their English names (lib/i18n/reference-texts.ts).
  await expect(page.getByText("Enrolled by household")).toBeVisible();
});

test("@phone the dashboard reads on a 360-px screen", async ({ page }) => {
  await page.goto("/coverage/24?month=2025-06");
  await expect(page.getByTestId("card-coverage-rate")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "dashboard-phone");
});
