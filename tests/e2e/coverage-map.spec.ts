// The national tile map, on the demo data: a leader opens June 2025 (the 63-province structure)
// and July 2025 (the 34-province one). Each province of the month has a tile, the other cells of
// the structure's layout stay empty, and the archipelagos are labelled as Vietnam's. A tile's
// colour is the legend's for its figures (the ranking's, the map's table), by coverage band and
// then by status with its mark; hovering or focusing it shows the ranking's figures; the switch is
// in the URL and the month picker keeps it; a click opens the province. On a 360-px phone the map
// fits the screen, a first tap shows the figures and their link opens the province. The expected
// figures are read from the ranking on the page, so the spec holds on a database other specs
// changed. Screenshots under test-results/screenshots/.
import type { Locator, Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** "101,12%" → 1.0112. */
const viRate = (text: string) => Number(text.replace("%", "").replace(/\./g, "").replace(",", ".")) / 100;
/** The bands' lower bounds (lib/coverage/rate-bands.ts), written here as the legend shows them. */
const BAND_BOUNDS = [0.9, 0.93, 0.95, 0.97];
const bandOf = (rate: number) => BAND_BOUNDS.filter((bound) => rate >= bound).length;
const MARKS: Record<string, string> = { "Đạt chỉ tiêu": "✓", "Gần đạt": "≈", "Chưa đạt": "✗" };

const background = (element: Locator) => element.evaluate((node) => getComputedStyle(node).backgroundColor);

/** A province's row in the ranking: its rate, insured, population and status as the table shows them. */
async function rankingRow(page: Page, name: string) {
  const row = page
    .getByTestId("child-ranking")
    .locator("tbody tr")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
  const cells = row.locator("td");
  return {
    population: (await cells.nth(2).innerText()).trim(),
    insured: (await cells.nth(3).innerText()).trim(),
    rate: (await cells.nth(4).innerText()).trim(),
    status: (await cells.last().locator("span span").first().innerText()).trim(),
  };
}

test("the tile map shows each structure's provinces, coloured by their figures, with a tooltip, a switch kept in the URL and a drill-down", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.leader);
  await page.goto("/coverage/VN?month=2025-06");
  const map = page.getByTestId("tile-map");
  const tiles = map.getByTestId("map-tile");
  const provinces = await page.getByTestId("child-ranking").locator("tbody tr").count();

  // Before July 2025: the 63-province layout, one tile per province of the month, the rest empty.
  await expect(tiles).toHaveCount(provinces);
  expect(provinces + (await map.getByTestId("map-empty-cell").count())).toBe(63);
  await expect(map.getByTestId("map-islands-hoangSa")).toHaveText("QĐ. Hoàng Sa (Đà Nẵng)");
  await expect(map.getByTestId("map-islands-truongSa")).toHaveText("QĐ. Trường Sa (Khánh Hoà)");

  // Coloured by coverage: Bắc Giang's tile has the legend's colour of its band.
  const row = await rankingRow(page, "Tỉnh Bắc Giang");
  const tile = map.locator('[data-testid="map-tile"][data-code="24"]');
  await expect(tile).toContainText(row.rate);
  await expect(tile).toHaveAccessibleName(new RegExp(`^Bắc Giang ?: ${row.rate} ?, ${row.status}$`));
  const band = bandOf(viRate(row.rate));
  const legend = page.getByTestId("map-legend").locator("li");
  await expect(legend).toHaveCount(BAND_BOUNDS.length + 2);
  expect(await background(tile)).toBe(await background(legend.nth(band).locator("span").first()));

  // Hovering shows the ranking's figures.
  await tile.hover();
  const tooltip = page.getByTestId("map-tooltip");
  await expect(tooltip).toContainText("Tỉnh Bắc Giang");
  await expect(tooltip.getByTestId("map-tooltip-rate")).toHaveText(row.rate);
  await expect(tooltip.getByTestId("map-tooltip-insured")).toHaveText(row.insured);
  await expect(tooltip.getByTestId("map-tooltip-population")).toHaveText(row.population);
  await expect(tooltip.getByTestId("map-tooltip-target")).toHaveText(/^\d{1,3},\d{2}%$/);
  await shoot(page, "coverage-map-2025-06");

  // By standing against the target: the mark and the legend's colour of the ranking's status, in the URL.
  await page.getByTestId("map-colouring").getByRole("button", { name: "So với chỉ tiêu" }).click();
  await expect(page).toHaveURL(/map=status/);
  await expect(tile).toContainText(MARKS[row.status]!);
  const statusEntry = legend.filter({ hasText: row.status });
  expect(await background(tile)).toBe(await background(statusEntry.locator("span").first()));

  // The keyboard: focus shows the figures, Escape hides them.
  await page.mouse.move(0, 0);
  await tile.focus();
  await expect(tooltip).toBeVisible();
  await expect(tile).toHaveAttribute("aria-describedby", "province-map-figures");
  await expectAccessible(page, "the map by status, a tile's figures shown");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  // The month picker keeps the colouring; July 2025 has the 34-province layout.
  await page.getByRole("link", { name: "Tháng sau" }).click();
  await expect(page).toHaveURL(/month=2025-07.*map=status|map=status.*month=2025-07/);
  await expect(page.getByTestId("map-colouring").getByRole("button", { name: "So với chỉ tiêu" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const after = await page.getByTestId("child-ranking").locator("tbody tr").count();
  await expect(tiles).toHaveCount(after);
  expect(after + (await map.getByTestId("map-empty-cell").count())).toBe(34);
  await shoot(page, "coverage-map-2025-07-status");

  // A click opens the province.
  await map.locator('[data-testid="map-tile"][data-code="24"]').click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2025-07/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh");

  // A phone: the map fits the screen; a first tap shows the figures, their link opens the province.
  const phoneContext = await browser.newContext({
    locale: "vi-VN",
    viewport: { width: 360, height: 780 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, DEMO.leader);
  await phone.goto("/coverage/VN?month=2025-06");
  const phoneTile = phone.locator('[data-testid="map-tile"][data-code="95"]');
  await expect(phoneTile).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await phoneTile.tap();
  const sheet = phone.getByTestId("map-tooltip");
  await expect(sheet).toContainText("Tỉnh Bạc Liêu");
  await expect(phone).toHaveURL(/\/coverage\/VN\?/);
  await expectAccessible(phone, "the map's figures on a phone");
  await shoot(phone, "coverage-map-phone");
  await sheet.getByRole("link", { name: "Xem chi tiết Bạc Liêu" }).tap();
  await expect(phone).toHaveURL(/\/coverage\/95\?month=2025-06/);
  await phoneContext.close();
});
