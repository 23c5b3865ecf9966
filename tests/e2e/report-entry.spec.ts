// Commune staff entering a monthly report on the demo data: from the header link to the month to
// report, filling every figure with last month's values beside the fields and live rates, an error
// caught before anything is sent, a warning confirmed with a reason, the submission; a draft kept in
// the browser through a lost connection; more enrolled and renewed than insured, once refused, saved
// with a reason; two people saving the same month. Screenshots are kept
// under test-results/screenshots/ (the phone project runs the @phone test at 360 px).
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { DRAFT_SAVED, confirmWarnings, draftButton, fillLikeLastMonth, lastMonthOf, readCount, submitButton, viCount } from "./report-form";
import { DEMO, signIn } from "./sign-in";
import { shoot } from "./screenshot";

const VI_PERCENT = /^\d{1,3}(\.\d{3})*,\d{2}%$/;

test("@phone commune staff enter and submit a month", async ({ page }) => {
  await signIn(page, DEMO.wardStaff);
  await page.getByRole("link", { name: "Báo cáo tháng" }).click();
  await expect(page).toHaveURL(/\/reports\/07777\/\d{4}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Báo cáo tháng");
  await expect(page.getByRole("main").getByText("Phường Việt Yên · 07777")).toBeVisible();
  await shoot(page, `report-entry-opened-${test.info().project.name}`);

  await fillLikeLastMonth(page);
  await expect(page.getByTestId("rate-group-2")).toHaveText(VI_PERCENT);
  await expect(page.getByTestId("rate-overall")).toHaveText(VI_PERCENT);

  // An error is shown beside the field as soon as the field is left, and blocks saving.
  const population = page.getByLabel("Dân số", { exact: true });
  await population.fill("");
  await population.press("Tab");
  await expect(page.locator("#field-population-error")).toHaveText(/^Dân số: chưa nhập/);
  await submitButton(page).click();
  const summary = page.getByTestId("check-summary");
  await expect(summary).toContainText("Chưa lưu được báo cáo");
  await summary.getByRole("link", { name: /^Dân số: chưa nhập/ }).click();
  await expect(population).toBeFocused();
  await population.fill(String(await lastMonthOf(page, "population")));

  // Group 1 with more insured than eligible: a warning, confirmed with a reason.
  const eligible = await lastMonthOf(page, "g1-eligible");
  await page.getByLabel("Nhóm 1 – Số người có thẻ", { exact: true }).fill(String(eligible + 5));
  await page.getByLabel("Nhóm 1 – Tham gia mới", { exact: true }).fill("5");
  await expect(page.getByTestId("report-warning").filter({ hasText: "tỷ lệ trên 100%" })).toBeVisible();
  await expect(page.getByTestId("rate-group-1")).toHaveText(/^100,\d{2}%$/);
  await confirmWarnings(page, ""); // a reason stored by an earlier run would confirm it already
  await submitButton(page).click();
  await expect(summary).toContainText("cảnh báo cần ghi lý do xác nhận");
  await expectAccessible(page, "the report form refused: a warning waiting for its reason");
  await shoot(page, `report-entry-warning-${test.info().project.name}`);
  await confirmWarnings(page, "Số thuộc diện nhóm 1 chưa cập nhật người lao động mới chuyển đến");

  await submitButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(/Đã gửi báo cáo tháng \d+\/\d{4} để duyệt\./);
  await expect(page.getByTestId("report-status").first()).toHaveText("Đã gửi, chờ duyệt");
  await shoot(page, `report-entry-submitted-${test.info().project.name}`);

  // Stored: the page shows the figures again, the reason, the history of a figure and the log.
  await page.reload();
  await expect(page.getByLabel("Nhóm 1 – Số người có thẻ", { exact: true })).toHaveValue(viCount(eligible + 5));
  await expect(page.getByLabel("Lý do xác nhận").first()).toHaveValue("Số thuộc diện nhóm 1 chưa cập nhật người lao động mới chuyển đến");
  await expect(page.getByTestId("report-timeline")).toContainText("Gửi báo cáo tháng");
  await page.locator("#field-g1-insured").locator("xpath=..").getByText(/^Lịch sử \(\d+\)$/).click();
  await expect(page.locator("#field-g1-insured").locator("xpath=..")).toContainText("Cán bộ phường Việt Yên (demo)");
});

test("a draft typed while the connection is lost is kept in the browser and offered back", async ({ page, context }) => {
  await signIn(page, DEMO.wardStaff, "/reports");
  await expect(page).toHaveURL(/\/reports\/07777\/\d{4}-\d{2}$/);
  const url = page.url();
  await fillLikeLastMonth(page);
  await confirmWarnings(page, "Số liệu đã kiểm tra với danh sách của BHXH");
  const renewed = page.getByLabel("Nhóm 3 – Tái tục", { exact: true });
  const typed = readCount(await renewed.inputValue()) + 1;
  await renewed.fill(String(typed));

  await context.setOffline(true);
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText("Không kết nối được máy chủ");
  await context.setOffline(false);

  await page.goto(url);
  const offer = page.getByTestId("draft-offer");
  await expect(offer).toContainText("chưa lưu");
  await shoot(page, "report-entry-draft-offer");
  await offer.getByRole("button", { name: "Khôi phục số đã nhập" }).click();
  await expect(renewed).toHaveValue(viCount(typed));
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);

  await page.reload();
  await expect(renewed).toHaveValue(viCount(typed));
  await expect(page.getByTestId("draft-offer")).toHaveCount(0);
});

test("more enrolled and renewed than insured, once refused, now asks for a reason and saves", async ({ page }) => {
  await signIn(page, DEMO.wardStaff, "/reports");
  await expect(page).toHaveURL(/\/reports\/07777\/\d{4}-\d{2}$/);
  await fillLikeLastMonth(page);
  // Renewals in group 5 of people who moved to group 1 in the same month: more renewed than insured.
  const insured = await lastMonthOf(page, "g5-insured");
  const renewed = page.getByLabel("Nhóm 5 – Tái tục", { exact: true });
  await renewed.fill(String(insured));
  await renewed.press("Tab");
  await expect(page.locator("#field-g5-newlyEnrolled-error")).toBeEmpty();
  const warning = page.getByTestId("report-warning").filter({ hasText: "nhiều hơn số người có thẻ cuối tháng" });
  await expect(warning).toContainText(`Nhóm 5 – Tham gia mới: tham gia mới và tái tục nhóm 5`);
  await confirmWarnings(page, "Tái tục nhóm 5 rồi chuyển sang nhóm 1 trong tháng");
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
  await page.reload();
  await expect(renewed).toHaveValue(viCount(insured));

  // Back to last month's figures, as the other tests expect them.
  await fillLikeLastMonth(page);
  await confirmWarnings(page, "Số liệu đã kiểm tra với danh sách của BHXH");
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
});

test("of two people saving the same month, the second is refused, sees what changed and keeps what they typed", async ({ page, browser }) => {
  await signIn(page, DEMO.wardStaff, "/reports");
  await expect(page).toHaveURL(/\/reports\/07777\/\d{4}-\d{2}$/);
  const url = new URL(page.url()).pathname;

  // An administrator opens the same month in another browser.
  const other = await browser.newContext();
  const adminPage = await other.newPage();
  await signIn(adminPage, DEMO.admin, url);
  await expect(adminPage).toHaveURL(new RegExp(`${url}$`));

  // Both start from the same stored report. The ward saves first.
  const voluntary = "BHXH tự nguyện: số người tham gia";
  const stored = readCount(await page.getByLabel(voluntary).inputValue());
  await page.getByLabel(voluntary).fill(String(stored + 3));
  await confirmWarnings(page, "Số liệu đã kiểm tra với danh sách của BHXH");
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);

  await adminPage.getByLabel(voluntary).fill(String(stored + 7));
  await confirmWarnings(adminPage, "Đối chiếu với danh sách thu của BHXH huyện");
  await draftButton(adminPage).click();
  const conflict = adminPage.getByTestId("conflict");
  await expect(conflict).toContainText("Báo cáo vừa được người khác thay đổi");
  await expect(adminPage.locator("#field-voluntarySocialInsured-conflict")).toContainText(
    `Người khác đã lưu ${viCount(stored + 3)} (trước đó ${viCount(stored)}) — Cán bộ phường Việt Yên (demo)`,
  );
  await expect(adminPage.getByLabel(voluntary)).toHaveValue(viCount(stored + 7));
  await shoot(adminPage, "report-entry-conflict");

  // Having seen it, the administrator keeps their own figure and saves again.
  await draftButton(adminPage).click();
  await expect(adminPage.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
  await page.reload();
  await expect(page.getByLabel(voluntary)).toHaveValue(viCount(stored + 7));
  await other.close();
});

test("@phone a month not open for entry yet says why and when it opens, and leads to the latest open month", async ({ page }) => {
  // The demo's rule opens a month 3 days before its end: on 29 November (the suite's day) November is
  // open since the 28th, December opens on the 29th.
  await signIn(page, DEMO.wardStaff, "/reports/07777/2026-12");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chưa mở nhập báo cáo tháng 12/2026");
  await expect(page.getByRole("main")).toContainText("Báo cáo tháng 12/2026 mở nhập từ ngày 29/12/2026. Tháng mới nhất đang mở nhập: tháng 11/2026.");
  await shoot(page, `report-entry-month-not-open-${test.info().project.name}`);
  await page.getByRole("link", { name: "Mở báo cáo tháng 11/2026" }).click();
  await expect(page).toHaveURL(/\/reports\/07777\/2026-11$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tháng 11/2026");
});
