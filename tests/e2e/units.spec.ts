// History across the July 2025 reorganisation in the browser: a new province's official opens Bắc
// Ninh (24) in today's structure and finds an unbroken monthly series from January 2018, with the
// note on carried months and the lineage; a merged commune's staff sees its predecessors' history;
// an administrator previews unit-list files. Screenshots under test-results/screenshots/.
import { readFileSync } from "node:fs";
import path from "node:path";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const ADMIN = { username: "admin", password: "demo-admin-2025" };
const VIET_YEN_WARD = { username: "phuong.vietyen", password: "demo-phuongvietyen-2025" };
const VI_COUNT = /^\d{1,3}(\.\d{3})*$/;

/** "2025-06" → "tháng 6/2025". */
function viMonth(month: string): string {
  const [year, m] = month.split("-");
  return `tháng ${Number(m)}/${year}`;
}

function monthsFrom2018(last: string): string[] {
  const months: string[] = [];
  for (let year = 2018, m = 1; `${year}-${String(m).padStart(2, "0")}` <= last; m === 12 ? ((m = 1), year++) : m++) {
    months.push(`${year}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

test("Bắc Ninh (24) in today's structure has an unbroken trend from January 2018 to the last month", async ({
  page,
}) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/24?month=2025-09");
  await page.getByTestId("structure-toggle").getByRole("link", { name: "Cơ cấu hiện nay" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2025-09&view=current/);
  await expect(page.getByText("Đang xem theo cơ cấu hiện nay")).toBeVisible();
  // Without a month, the dashboard opens on the last month reported.
  await page.goto("/coverage/24?view=current");
  const last = await page.locator("select[name=month]").inputValue();
  expect(last).toMatch(/^20\d\d-\d\d$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Tỉnh Bắc Ninh · ${viMonth(last)}`);
  await expect(page.getByText("Đang xem theo cơ cấu hiện nay")).toBeVisible();

  const trend = page.locator("section", {
    has: page.getByRole("heading", { name: "Diễn biến tỷ lệ bao phủ theo tháng" }),
  });
  await expect(trend.getByTestId("carried-note")).toContainText("Các tháng trước tháng 7/2025 là số liệu của");
  await expect(trend.getByText("Sắp xếp ĐVHC 1/7/2025")).toBeAttached();
  await trend.getByText("Xem bảng số liệu").click();
  const rows = trend.locator("table tbody tr");
  const expected = monthsFrom2018(last);
  await expect(rows).toHaveCount(expected.length);
  const months = await rows.locator("td:nth-child(1)").allInnerTexts();
  expect(months.map((text) => text.trim())).toEqual(expected.map(viMonth));
  // Every month has figures: carried from the old communes until June 2025, the province's own after.
  const insured = await rows.locator("td:nth-child(2)").allInnerTexts();
  expect(insured.every((text) => VI_COUNT.test(text.trim()) && text.trim() !== "0")).toBe(true);
  const rates = await rows.locator("td:nth-child(4)").allInnerTexts();
  expect(rates.every((text) => /^\d{1,3},\d{2}%$/.test(text.trim()))).toBe(true);

  const lineage = page.getByTestId("lineage-predecessors");
  await expect(lineage.getByRole("link", { name: "Tỉnh Bắc Giang (24)" })).toBeVisible();
  await expect(lineage.getByRole("link", { name: "Tỉnh Bắc Ninh (27)" })).toBeVisible();
  await shoot(page, "units-bac-ninh-today-structure");

  // The lineage leads to old Bắc Ninh (27) in June 2025, within the official's scope.
  await lineage.getByRole("link", { name: "Tỉnh Bắc Ninh (27)" }).click();
  await expect(page).toHaveURL(/\/coverage\/27\?month=2025-06/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh · tháng 6/2025");
  await expect(page.getByTestId("lineage-successors").getByRole("link", { name: "Tỉnh Bắc Ninh (24)" })).toBeVisible();
});

test("the staff of a merged ward see the history of the communes it was formed from", async ({ page }) => {
  await signIn(page, VIET_YEN_WARD);
  await page.goto("/coverage/07777?view=current&month=2020-01");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Việt Yên · tháng 1/2020");
  expect((await page.getByTestId("card-insured").locator("p").nth(1).innerText()).trim()).toMatch(VI_COUNT);
  const predecessors = page.getByTestId("lineage-predecessors");
  await expect(predecessors.getByRole("link", { name: /Xã Nghĩa Trung/ })).toBeVisible();
  const count = await predecessors.getByRole("listitem").count();
  await expect(page.getByTestId("reporting-count")).toContainText(`${count}/${count}`);
  await shoot(page, "units-ward-history");
});

test("@phone today's structure reads on a 360-px screen", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/24?view=current");
  await expect(page.getByTestId("carried-note")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "units-today-structure-phone");
});

test("an administrator previews a unit list: errors by row, then a list that changes nothing", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/units/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập danh mục đơn vị hành chính");
  const list = page.locator("section", { has: page.getByRole("heading", { name: "1. Danh mục đơn vị (GSO)" }) });

  const bad =
    "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp\nTỉnh Bắc Ninh,24,Phường Bắc Giang,7210,Phường\nTỉnh Bắc Ninh,24,,07228,Phường\n";
  await list
    .getByLabel("Tệp danh mục")
    .setInputFiles({ name: "sai.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await list.getByLabel("Hiệu lực từ tháng").fill("2025-07");
  await list.getByRole("radio", { name: /^Cả nước/ }).check();
  await list.getByRole("button", { name: "Xem trước" }).click();
  const issues = list.getByTestId("import-issues");
  await expect(issues).toContainText("Tệp có 2 lỗi, chưa nhập gì.");
  await expect(issues.locator("tbody tr").first()).toContainText("Mã “7210” không hợp lệ: phải gồm 5 chữ số");
  await expect(list.getByLabel("Tệp danh mục")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the unit list's errors");
  await shoot(page, "units-import-errors");

  const demoList = readFileSync(path.resolve(__dirname, "../../prisma/seed/data/units-from-2025-07.csv"));
  await list
    .getByLabel("Tệp danh mục")
    .setInputFiles({ name: "danh-muc-2025.csv", mimeType: "text/csv", buffer: demoList });
  await list.getByRole("button", { name: "Xem trước" }).click();
  await expect(list.getByTestId("count-unchanged")).toContainText("268");
  await expect(list.getByText("Danh mục giống hệt dữ liệu hiện có")).toBeVisible();
  await expect(list.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);
  await shoot(page, "units-import-no-change");
});

test("the preview of a succession table explains the default share of split communes", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/units/import");
  const table = page.locator("section", {
    has: page.getByRole("heading", { name: "2. Bảng kế thừa (đơn vị cũ → đơn vị mới)" }),
  });
  const pairs = readFileSync(path.resolve(__dirname, "../../prisma/seed/data/ward-successions-2025-07.csv"));
  await table
    .getByLabel("Tệp bảng kế thừa")
    .setInputFiles({ name: "ke-thua-2025.csv", mimeType: "text/csv", buffer: pairs });
  await table.getByRole("button", { name: "Xem trước" }).click();
  await expect(table.getByTestId("default-share-note")).toContainText(
    "liên kết “một phần” không có tỷ lệ dân số: số liệu của đơn vị cũ được chia đều",
  );
  // The seed wrote the 803 pairs and derived its 6 province links by the import's rule (old An Giang
  // 89, one of whose communes went to Đồng Tháp outside the demo, only partly into An Giang 91):
  // importing the table again changes nothing.
  await expect(table.getByTestId("count-links-unchanged")).toContainText("809");
  await expect(table.getByTestId("count-written")).toContainText("0");
  await expect(table.getByText("Danh mục giống hệt dữ liệu hiện có")).toBeVisible();
  await expect(table.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);
  await shoot(page, "units-succession-preview");
});
