// The commune choropleth, on the demo data: Bắc Ninh (24) in September 2025 first has no boundaries
// and says where an administrator imports them; the administrator imports the made-up squares
// (tests/fixtures/boundary-squares.ts) with an unknown code, which the preview lists; then the
// province's dashboard draws a shape per commune of the file, coloured as the legend says for the
// ranking's figures (the map's table), the tooltip shows them, the keyboard reaches the shapes and a
// click opens the commune.
import type { Locator, Page } from "@playwright/test";

import { BAC_NINH_SQUARE_CODES, squaresGeoJson, UNKNOWN_SQUARE_CODE } from "../fixtures/boundary-squares";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const viRate = (text: string) => Number(text.replace("%", "").replace(/\./g, "").replace(",", ".")) / 100;
const BAND_BOUNDS = [0.9, 0.93, 0.95, 0.97];
const bandOf = (rate: number) => BAND_BOUNDS.filter((bound) => rate >= bound).length;
const paint = (element: Locator, property: "fill" | "backgroundColor") =>
  element.evaluate((node, name) => getComputedStyle(node)[name], property);

async function rankingRow(page: Page, name: string) {
  const row = page
    .getByTestId("child-ranking")
    .locator("tbody tr")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
  const cells = row.locator("td");
  return { insured: (await cells.nth(3).innerText()).trim(), rate: (await cells.nth(4).innerText()).trim() };
}

test("an administrator imports boundaries; the province's dashboard draws them coloured by the figures", async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/coverage/24?month=2025-09");
  const missing = page.getByTestId("boundary-map-missing");
  await expect(missing).toBeVisible();
  await missing.getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/units\/import#boundaries/);

  const section = page.locator("#boundaries");
  const file = squaresGeoJson([...BAC_NINH_SQUARE_CODES, UNKNOWN_SQUARE_CODE]);
  await section.locator('input[name="file"]').setInputFiles({
    name: "hinh-vuong.geojson",
    mimeType: "application/geo+json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await section.locator('input[name="month"]').fill("2025-09");
  await section.getByRole("button", { name: "Xem trước" }).click();
  await expect(section.getByTestId("count-boundaries-created")).toContainText(String(BAC_NINH_SQUARE_CODES.length));
  await expect(section.getByTestId("count-boundaries-unknown")).toContainText("1");
  await expect(section.getByTestId("boundaries-unknown")).toContainText(UNKNOWN_SQUARE_CODE);
  await expect(section.getByTestId("boundaries-missing")).toBeVisible();
  await section.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(section).toContainText(`Đã lưu ${BAC_NINH_SQUARE_CODES.length} ranh giới.`);

  await page.goto("/coverage/24?month=2025-09");
  const map = page.getByTestId("boundary-map");
  const shapes = map.getByTestId("map-shape");
  await expect(shapes).toHaveCount(BAC_NINH_SQUARE_CODES.length);
  // The communes without a shape are folded under their count, and open to links to their dashboards.
  const withoutShape = page.getByTestId("map-without-shape");
  await expect(withoutShape.locator("summary")).toContainText(/\d/);
  await withoutShape.locator("summary").click();
  await expect(withoutShape.getByRole("link").first()).toBeVisible();

  // Phường Việt Yên's shape has the legend's colour of its band, and its figures are the ranking's.
  const shape = map.locator('[data-testid="map-shape"][data-code="07777"]');
  const row = await rankingRow(page, "Phường Việt Yên");
  await expect(shape).toHaveAccessibleName(new RegExp(`^Phường Việt Yên: ${row.rate}, `));
  const legend = page.getByTestId("map-legend").locator("li");
  expect(await paint(shape.locator("path"), "fill")).toBe(
    await paint(
      legend
        .nth(bandOf(viRate(row.rate)))
        .locator("span")
        .first(),
      "backgroundColor",
    ),
  );
  await shape.locator("path").hover();
  const tooltip = page.getByTestId("map-tooltip");
  await expect(tooltip).toContainText("Phường Việt Yên");
  await expect(tooltip.getByTestId("map-tooltip-rate")).toHaveText(row.rate);
  await expect(tooltip.getByTestId("map-tooltip-insured")).toHaveText(row.insured);
  await shoot(page, "boundary-map-2025-09");

  // The keyboard: focus shows the figures, Escape hides them; the page passes axe.
  await page.mouse.move(0, 0);
  await shape.focus();
  await expect(tooltip).toBeVisible();
  await expectAccessible(page, "the commune choropleth, a shape's figures shown");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  // A click opens the commune.
  await shape.locator("path").click();
  await expect(page).toHaveURL(/\/coverage\/07777\?month=2025-09/);
});
