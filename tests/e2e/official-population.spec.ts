// People not yet insured and the official population, on the demo data as on 29 November 2026. An
// administrator imports Bắc Ninh's official population for 2026 (a file with a bad row first:
// refused, the row and column named), then opens Bắc Ninh in October 2026: the rate on the official
// population stands beside the rate on the reported population, each labelled; the ranking sorts
// by people not yet insured (population − insured, 0 for an over-covered commune) and says that the
// communes' counts do not add up to the province's. Screenshots under test-results/screenshots/.
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** "3.262.188" → 3262188; "98,18%" → 98.18. */
const viNumber = (text: string) => Number(text.trim().replace("%", "").replace(/\./g, "").replace(",", "."));

test("an administrator imports an official population; the dashboard shows the rate on it, and the ranking people not yet insured", async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/units/import");
  const file = page.getByLabel("Tệp dân số chính thức");
  const form = page.locator("form", { has: file });
  const preview = page.getByTestId("population-preview");

  // A bad row: the whole file is refused, the row and the column named.
  const header = "Mã đơn vị,Tên đơn vị,Năm,Dân số";
  await file.setInputFiles({
    name: "dan-so-loi.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\n24,Bắc Ninh,2026,abc\n`),
  });
  await form.getByRole("button", { name: "Xem trước" }).click();
  const issues = preview.getByTestId("import-issues");
  await expect(issues.locator("tbody tr")).toHaveCount(1);
  await expect(issues.locator("tbody tr")).toContainText("Dân số “abc” không hợp lệ");
  await expect(issues.locator("tbody tr td").first()).toHaveText("2");
  await expectAccessible(page, "official population refused");

  // A figure that differs from any stored one, so that the test holds when run again.
  const official = 3_650_000 + (Date.now() % 1_000);
  await file.setInputFiles({
    name: "dan-so.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\n24,Bắc Ninh,2026,${official}\n`),
  });
  await form.getByRole("button", { name: "Xem trước" }).click();
  await form.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(form.getByText(/^Đã nhập dân số chính thức: [01] số mới, [01] số thay đổi\.$/)).toBeVisible();

  await page.goto("/coverage/24?month=2026-10");
  const reportedCard = page.getByTestId("card-coverage-rate");
  const officialCard = page.getByTestId("card-official-rate");
  await expect(reportedCard).toContainText("Tỷ lệ bao phủ (dân số báo cáo)");
  await expect(officialCard).toContainText("Tỷ lệ bao phủ (dân số chính thức)");
  await expect(officialCard).toContainText(
    `dân số chính thức năm 2026 (Tổng cục Thống kê): ${official.toLocaleString("de-DE")}`,
  );
  const value = async (testId: string) => viNumber(await page.getByTestId(testId).locator("p").nth(1).innerText());
  const insured = await value("card-insured");
  expect(await value("card-official-rate")).toBeCloseTo((insured / official) * 100, 2);
  // People not yet insured: population − insured (the province is not over-covered).
  expect(await value("card-uninsured")).toBe((await value("card-population")) - insured);
  await shoot(page, "official-population-dashboard");

  // The ranking by people not yet insured, most first: each is its row's population − insured, or 0.
  await page.getByTestId("ranking-sort").selectOption("uninsured");
  await expect(page).toHaveURL(/sort=uninsured/);
  const ranked = page.getByTestId("child-ranking").locator("tbody tr", { has: page.getByTestId("ranking-uninsured") });
  const rows = await ranked.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  expect(rows.length).toBeGreaterThan(10);
  const counts = rows.map((cells) => viNumber(cells[8]!));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  for (const cells of rows) expect(viNumber(cells[8]!)).toBe(Math.max(0, viNumber(cells[2]!) - viNumber(cells[3]!)));
  await expect(page.getByTestId("ranking-uninsured-note")).toContainText("không bù cho đơn vị khác");
});
