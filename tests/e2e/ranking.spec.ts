// The ranking that answers "who is behind?", on the demo data as on 29 November 2026: Bắc Ninh's
// communes in October 2026, being collected. The official filters by a status (its count on the
// chip), searches a name typed without diacritics, sorts by a group's rate, lowest first, without
// the page moving; the choices are in the URL; the .xlsx download holds the rows shown, in the same
// order, and the country's file is refused. The spec reads the figures from the page, so that it
// holds on a database other specs have changed. Screenshots under test-results/screenshots/.
import ExcelJS from "exceljs";

import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** "101,12%" → 101.12. */
const viPercent = (text: string) => Number(text.replace("%", "").replace(/\./g, "").replace(",", "."));
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

test("@phone the ranking filters by status, searches, sorts by a group's rate without moving the page, and downloads what it shows", async ({
  page,
}) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/24?month=2026-10");
  const ranking = page.getByTestId("child-ranking");
  const rows = ranking.locator("tbody tr");
  const chips = page.getByTestId("ranking-status-filter");
  await expect(rows.first()).toBeVisible();

  // On a laptop (1366 px) every column fits, the status last among them: nothing scrolls out of sight.
  if ((page.viewportSize()?.width ?? 0) >= 1366) {
    const [needed, shown] = await ranking.evaluate((table) => [table.scrollWidth, table.parentElement!.clientWidth]);
    expect(needed).toBeLessThanOrEqual(shown);
  }

  // The controls at the top of the screen: where the reader is when they use them.
  await chips.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  const scrollKept = async () =>
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(1);

  // A status: its chip's count is the number of rows left, every one of them in that status.
  const behind = chips.getByRole("button", { name: /^Chưa đạt/ });
  const behindCount = Number((await behind.innerText()).replace(/\D/g, ""));
  expect(behindCount).toBeGreaterThan(1);
  await behind.click();
  await expect(behind).toHaveAttribute("aria-pressed", "true");
  await expect(rows).toHaveCount(behindCount);
  await expect(ranking.getByText("Chưa đạt", { exact: true })).toHaveCount(behindCount);
  await expect(page).toHaveURL(/status=behind/);
  await scrollKept();

  // A name typed without diacritics: a word of the first unit behind.
  const name = (await rows.first().locator("a").innerText()).trim();
  const word = fold(name.split(" ").at(-1)!);
  await page.getByTestId("ranking-search").fill(word);
  await expect(rows.filter({ hasText: name })).toHaveCount(1);
  for (const shown of await rows.locator("a").allInnerTexts()) expect(fold(shown)).toContain(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await page.getByTestId("ranking-search").fill("");
  await expect(rows).toHaveCount(behindCount);

  // Group 4's rate, lowest first: its column appears, in ascending order.
  await page.getByTestId("ranking-sort").selectOption("group-4");
  await page.getByTestId("ranking-order").selectOption("asc");
  await expect(page.getByTestId("ranking-group-column")).toHaveText("Nhóm 4");
  const groupRates = (await ranking.getByTestId("ranking-group-rate").allInnerTexts()).map(viPercent);
  expect(groupRates).toHaveLength(behindCount);
  expect(groupRates).toEqual([...groupRates].sort((a, b) => a - b));
  await expect(page).toHaveURL(/sort=group-4/);
  await expect(page).toHaveURL(/order=asc/);
  await scrollKept();
  await shoot(page, `ranking-behind-by-group-4-${test.info().project.name}`);

  // The download: the rows shown, in the order shown, with their group 4 rate.
  const shownNames = (await rows.locator("a").allInnerTexts()).map((text) => text.trim());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ranking-download").click()]);
  expect(download.suggestedFilename()).toBe("xep-hang-24-2026-10.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const values = workbook.worksheets[0]!.getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));
  const headerAt = values.findIndex((row) => row[0] === "Hạng");
  const header = values[headerAt]!;
  const fileRows = values.slice(headerAt + 1);
  expect(fileRows.map((row) => row[2])).toEqual(shownNames);
  const statusColumn = header.indexOf("Tình trạng");
  expect(fileRows.every((row) => row[statusColumn] === "Chưa đạt")).toBe(true);
  const groupColumn = header.indexOf("Nhóm 4 – tỷ lệ bao phủ");
  expect(fileRows.map((row) => Math.round((row[groupColumn] as number) * 10_000) / 100)).toEqual(groupRates);

  // The country's ranking is outside the official's scope: not found, like the page.
  expect((await page.request.get("/coverage/VN/ranking.xlsx?month=2026-10")).status()).toBe(404);
});
