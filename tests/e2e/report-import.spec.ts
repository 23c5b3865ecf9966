// A provincial official's path through the import and export on the demo data: from the dashboard
// to the import page, the template downloaded and filled in with exceljs, a file with an error
// (listed with its row and column, nothing imported), the corrected file previewed and imported,
// back to the dashboard, and the export downloaded with the new figures; the attack's 4 KB workbook
// (a cell at column XFD on each of 500 rows) refused at once; a file of another layout pointed to
// the template. Screenshots are kept under test-results/screenshots/.
import type { Download } from "@playwright/test";
import ExcelJS from "exceljs";

import { farColumnWorkbook } from "../helpers/zip-files";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("template → file with an error → corrected file → preview → import → dashboard → export", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh");
  await page.getByRole("link", { name: "Nhập số liệu từ tệp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ tệp Excel hoặc CSV");

  // The template: the province's communes in the chosen month, with their reported figures.
  const [templateDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }).click(),
  ]);
  expect(templateDownload.suggestedFilename()).toMatch(/^mau-nhap-bhyt-24-\d{4}-\d{2}\.xlsx$/);
  const template = await workbookOf(templateDownload);
  expect(template.worksheets.map((sheet) => sheet.name)).toEqual(["Số liệu", "Tháng trước", "Hướng dẫn"]);
  const sheet = template.getWorksheet("Số liệu")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Mã đơn vị");
  expect(sheet.getRow(1).getCell(4).value).toBe("Dân số");
  expect(sheet.rowCount).toBeGreaterThan(10);
  const month = String(sheet.getRow(2).getCell(3).value);
  const communes = [2, 3].map((row) => ({
    code: String(sheet.getRow(row).getCell(1).value),
    name: String(sheet.getRow(row).getCell(2).value),
  }));
  const populations = [2, 3].map((row) => Number(sheet.getRow(row).getCell(4).value));

  // First a file with a mistake: nothing can be imported, the error names its row and column.
  sheet.getRow(3).getCell(4).value = "khoảng 5000";
  const fileInput = page.getByLabel("Tệp số liệu");
  await fileInput.setInputFiles({ name: "bac-ninh-loi.xlsx", mimeType: XLSX, buffer: await bytesOf(template) });
  await page.getByRole("button", { name: "Kiểm tra và xem trước" }).click();
  await expect(page.getByRole("heading", { name: /Lỗi cần sửa \(1\)/ })).toBeVisible();
  const errorRow = page.getByRole("row").filter({ hasText: "D · Dân số" });
  await expect(errorRow).toContainText("3");
  await expect(errorRow).toContainText("Dân số: phải là số nguyên");
  await expectAccessible(page, "the import's errors");
  await expect(page.getByRole("button", { name: /^Nhập \d+ báo cáo$/ })).toHaveCount(0);
  await shoot(page, "import-errors");

  // The corrected file: two communes' populations change (by an amount that differs run to run,
  // so that the demo database can be reused).
  const delta = 1 + (Date.now() % 97);
  sheet.getRow(2).getCell(4).value = populations[0]! + delta;
  sheet.getRow(3).getCell(4).value = populations[1]! + delta;
  // Only these two rows: the demo's other communes include returned reports, which a file with
  // their figures would submit again. Emptied rows are skipped.
  for (let row = 4; row <= sheet.rowCount; row++) {
    sheet.getRow(row).eachCell((cell) => {
      cell.value = null;
    });
  }
  await fileInput.setInputFiles({ name: "bac-ninh.xlsx", mimeType: XLSX, buffer: await bytesOf(template) });
  await page.getByRole("button", { name: "Kiểm tra và xem trước" }).click();
  const counts = page.getByTestId("import-counts");
  await expect(counts).toContainText("Báo cáo thay đổi2");
  await expect(counts).toContainText("Lỗi0");
  const change = page.getByRole("row").filter({ hasText: communes[0]!.name });
  await expect(change).toContainText(
    `Dân số: ${populations[0]!.toLocaleString("vi-VN")} → ${(populations[0]! + delta).toLocaleString("vi-VN")}`,
  );
  await expectAccessible(page, "the import preview");
  await shoot(page, "import-preview");

  await page.getByRole("button", { name: "Nhập 2 báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Đã nhập xong" })).toBeVisible();
  await expect(page.getByText(/Đã nhập tệp bac-ninh\.xlsx: 0 báo cáo mới, 2 báo cáo được cập nhật/)).toBeVisible();
  await shoot(page, "import-done");

  // The dashboard shows the month imported.
  await page.getByRole("link", { name: "Xem bảng theo dõi" }).click();
  await expect(page).toHaveURL(new RegExp(`/coverage/24\\?month=${month}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh");

  // The export of the province holds the imported figures.
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xuất số liệu ra Excel");
  await expect(page.getByTestId("export-ready")).toContainText("Tỉnh Bắc Ninh (24)");
  // The unit is named by its code, in the page's address as in the download's.
  await expect(page).toHaveURL(new RegExp(`/reports/export\\?unit=24&from=\\d{4}-\\d{2}&to=${month}$`));
  await expect(page.getByRole("link", { name: "Tải tệp Excel" })).toHaveAttribute(
    "href",
    new RegExp(`^/reports/export/download\\?unit=24&from=\\d{4}-\\d{2}&to=${month}$`),
  );
  await shoot(page, "export-ready");
  const [exportDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải tệp Excel" }).click(),
  ]);
  const exported = await workbookOf(exportDownload);
  expect(exported.worksheets.map((item) => item.name)).toEqual(["Số liệu", "Tổng hợp", "Hướng dẫn"]);
  const rows = exported.getWorksheet("Số liệu")!.getSheetValues() as unknown[][];
  const imported = rows.find((row) => row?.[1] === communes[0]!.code && row?.[3] === month);
  expect(imported?.[4]).toBe(populations[0]! + delta);
});

test("a 4 KB workbook reaching column XFD is refused before it is read, and the app answers on", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/reports/import");
  const bytes = farColumnWorkbook();
  expect(bytes.length).toBeLessThan(8 * 1024);
  await page.getByLabel("Tệp số liệu").setInputFiles({ name: "xfd.xlsx", mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByRole("button", { name: "Kiểm tra và xem trước" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Tệp chưa đúng mẫu" });
  await expect(refusal).toContainText(
    "Trang tính dùng đến ô XFD1, quá 64 cột (đến cột BL) được phép nên tệp không được đọc.",
  );
  await expect(page.getByTestId("import-counts")).toContainText("Dòng số liệu0");
  await expect(page.getByRole("button", { name: /^Nhập \d+ báo cáo$/ })).toHaveCount(0);
  await shoot(page, "import-far-column");
  // The server is not left busy: the next page answers.
  await page.getByRole("button", { name: "Chọn tệp khác" }).click();
  await page.goto("/reports/export");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xuất số liệu ra Excel");
});

test("a leader may export but not import @phone", async ({ page }) => {
  await signIn(page, DEMO.leader);
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xuất số liệu ra Excel");
  // The unit chooser posts the unit's code: the leader's whole country is "VN".
  await expect(page.getByLabel("Đơn vị")).toHaveValue("VN");
  await expect(page.getByLabel("Đơn vị").locator("option:checked")).toHaveText(/Việt Nam \(VN\)/);
  await expect(page.getByTestId("export-ready")).toBeVisible();
  await shoot(page, `export-leader-${page.viewportSize()!.width}`);
  // An old link by id — the whole country is unit 1 of the demo data (the other test relies on it) —
  // is redirected to the code, page and download alike.
  await page.goto("/reports/export?unit=1&from=2025-01&to=2025-06");
  await expect(page).toHaveURL(/\/reports\/export\?unit=VN&from=2025-01&to=2025-06$/);
  await expect(page.getByLabel("Đơn vị").locator("option:checked")).toHaveText(/Việt Nam \(VN\)/);
  const moved = await page.request.get("/reports/export/download?unit=1&from=2025-01&to=2025-06", {
    maxRedirects: 0,
  });
  expect(moved.status()).toBe(307);
  expect(moved.headers().location).toMatch(/\/reports\/export\/download\?unit=VN&from=2025-01&to=2025-06$/);
  const response = await page.goto("/reports/import");
  expect(response?.status()).toBe(404);
  const template = await page.request.get("/reports/import/template?month=2025-06");
  expect(template.status()).toBe(404);
});

test("commune staff see the import page and its errors at phone width @phone", async ({ page }) => {
  await signIn(page, { username: "phuong.vietyen", password: "demo-phuongvietyen-2025" });
  await page.goto("/reports/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ tệp Excel hoặc CSV");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Tháng", "Dân số"]);
  sheet.addRow(["07777", "Phường Việt Yên", "2025-09", "abc"]);
  sheet.addRow(["07765", "Xã Nghĩa Trung", "2025-05", 1000]);
  await page
    .getByLabel("Tệp số liệu")
    .setInputFiles({ name: "loi.xlsx", mimeType: XLSX, buffer: await bytesOf(workbook) });
  await page.getByRole("button", { name: "Kiểm tra và xem trước" }).click();
  await expect(page.getByText("Tệp chưa đúng mẫu")).toBeVisible();
  await expect(
    page.getByText(/^Thiếu cột: "Nhóm 1 – Có thẻ", "Nhóm 1 – Thuộc diện", .*"Nhóm 5 – Tái tục"\.$/),
  ).toBeVisible();
  // The expected layout, and the template to start from.
  await expect(
    page.getByText(/^Tệp nhập phải theo mẫu: mỗi dòng là một xã, phường \(đơn vị cơ sở\) trong một tháng/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" })).toHaveAttribute(
    "href",
    /^\/reports\/import\/template\?month=\d{4}-\d{2}&unit=\d+$/,
  );
  await shoot(page, `import-problems-${page.viewportSize()!.width}`);
  // The country's export (unit 1) is outside the scope: not found, page and download alike.
  const response = await page.goto("/reports/export?unit=1");
  expect(response?.status()).toBe(404);
  const download = await page.request.get("/reports/export/download?unit=1&from=2025-01&to=2025-06");
  expect(download.status()).toBe(404);
  // By its code, as the forms and links now name it: not found either.
  expect((await page.goto("/reports/export?unit=VN"))?.status()).toBe(404);
  expect((await page.request.get("/reports/export/download?unit=VN&from=2025-01&to=2025-06")).status()).toBe(404);
});
