// Commune staff entering a monthly report on the demo data: from the header link to the month to
// report, filling every figure with last month's values beside the fields and live rates, an error
// caught before anything is sent, a warning confirmed with a reason, the submission; the installed app
// without a connection (the form kept by the service worker, saves waiting and sent when the
// connection returns, a conflict meanwhile); more enrolled and renewed than insured, once refused, saved
// with a reason; two people saving the same month. Screenshots are kept
// under test-results/screenshots/ (the phone project runs the @phone test at 360 px).
import type { BrowserContext } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import {
  confirmWarnings,
  DRAFT_SAVED,
  draftButton,
  fillLikeLastMonth,
  lastMonthOf,
  readCount,
  submitButton,
  viCount,
} from "./report-form";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

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
  await expect(page.getByLabel("Lý do xác nhận").first()).toHaveValue(
    "Số thuộc diện nhóm 1 chưa cập nhật người lao động mới chuyển đến",
  );
  await expect(page.getByTestId("report-timeline")).toContainText("Gửi báo cáo tháng");
  await page
    .locator("#field-g1-insured")
    .locator("xpath=..")
    .getByText(/^Lịch sử \(\d+\)$/)
    .click();
  await expect(page.locator("#field-g1-insured").locator("xpath=..")).toContainText("Cán bộ phường Việt Yên (demo)");
});

/** No connection for this browser context: its pages and its service worker (whose fetches Chromium's offline mode does not cover). */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route("**", (route) =>
    route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback(),
  );
}

async function goOnline(context: BrowserContext) {
  await context.unrouteAll();
  await context.setOffline(false);
}

test("the app installs; without a connection the form opens from the device, saves wait and are sent when it returns, and a conflict shows both versions", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(150_000);
  // Installable: Chromium's own check finds the manifest, its icons and the service worker.
  await signIn(page, DEMO.wardStaff);
  await expect(page).toHaveURL(/\/$/);
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ short_name: "Bao phủ BHYT", start_url: "/", display: "standalone" });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  // Playwright's contexts are incognito profiles, where Chromium installs nothing: that one reason aside, none.
  const installability = async () =>
    (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors
      .map((error) => error.errorId)
      .filter((id) => id !== "in-incognito");
  await expect.poll(installability).toEqual([]);
  await cdp.detach();

  // The home page has the worker keep the form of the month to report, before it is ever opened.
  const form = (await page.getByTestId("home-task").getByRole("link").first().getAttribute("href"))!;
  expect(form).toMatch(/^\/reports\/07777\/\d{4}-\d{2}$/);
  await expect
    .poll(() => page.evaluate((url) => caches.match(url, { ignoreVary: true }).then(Boolean), form))
    .toBe(true);

  // Offline, the form opens from the device and says so; a save is kept and waits.
  await goOffline(context);
  await page.goto(form);
  const status = page.getByTestId("connection-status");
  await expect(status).toContainText("Mất kết nối");
  await fillLikeLastMonth(page);
  await confirmWarnings(page, "Số liệu đã kiểm tra với danh sách của BHXH");
  const renewed = page.getByLabel("Nhóm 3 – Tái tục", { exact: true });
  const first = readCount(await renewed.inputValue()) + 1;
  await renewed.fill(String(first));
  await draftButton(page).click();
  await expect(page.getByTestId("entry-offline")).toContainText("Đã lưu trên máy này lúc");
  await expect(status).toContainText("Mất kết nối · 1 bản chờ gửi");
  // Kept through a reload without a connection; another page not kept offline says it is offline.
  await page.reload();
  await expect(renewed).toHaveValue(viCount(first));
  await expect(page.getByTestId("entry-offline")).toContainText("chưa gửi");
  await status.locator("summary").click();
  await expect(status).toContainText(`Phường Việt Yên · tháng`);
  await shoot(page, "report-entry-offline-queued");
  // On a phone's width the header says it in short, and the list opens across the screen.
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(status.locator("summary")).toContainText("1 chờ gửi");
  await expect(status.getByRole("link", { name: /Phường Việt Yên · tháng/ })).toBeInViewport();
  await shoot(page, "report-entry-offline-queued-360");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/coverage/VN");
  await expect(page.getByRole("heading", { name: "Mất kết nối" })).toBeVisible();
  await page.goto(form);

  // The connection returns: the save goes through the normal action, and nothing waits any more.
  const before = Math.floor(Date.now() / 1000) * 1000;
  await goOnline(context);
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
  await expect(status).toHaveCount(0);
  // The copy kept for offline use is refreshed with the saved report.
  const keptSince = ([url, since]: [string, number]) =>
    caches.match(url, { ignoreVary: true }).then((kept) => Date.parse(kept?.headers.get("date") ?? "") >= since);
  await expect.poll(() => page.evaluate(keptSince, [form, before] as [string, number])).toBe(true);

  // Offline again, the ward changes the figure once more, while the same account on another device
  // (online) saves another value: the queued save comes back as a conflict showing both.
  await goOffline(context);
  await page.reload();
  await renewed.fill(String(first + 1));
  await draftButton(page).click();
  await expect(status).toContainText("1 bản chờ gửi");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, DEMO.wardStaff, form);
  await otherPage.getByLabel("Nhóm 3 – Tái tục", { exact: true }).fill(String(first + 5));
  await confirmWarnings(otherPage, "Số liệu đã kiểm tra với danh sách của BHXH");
  await draftButton(otherPage).click();
  await expect(otherPage.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
  await other.close();

  await goOnline(context);
  await expect(page.getByTestId("conflict")).toContainText("Báo cáo vừa được người khác thay đổi");
  await expect(page.locator("#field-g3-renewed-conflict")).toContainText(
    `Người khác đã lưu ${viCount(first + 5)} (trước đó ${viCount(first)})`,
  );
  await expect(renewed).toHaveValue(viCount(first + 1));
  await expect(status).toHaveCount(0);
  await shoot(page, "report-entry-offline-conflict");
  // Having seen both, the ward keeps their own figure.
  await draftButton(page).click();
  await expect(page.getByTestId("entry-message")).toContainText(DRAFT_SAVED);
  await page.reload();
  await expect(renewed).toHaveValue(viCount(first + 1));
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

test("of two people saving the same month, the second is refused, sees what changed and keeps what they typed", async ({
  page,
  browser,
}) => {
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

test("@phone a month not open for entry yet says why and when it opens, and leads to the latest open month", async ({
  page,
}) => {
  // The demo's rule opens a month 3 days before its end: on 29 November (the suite's day) November is
  // open since the 28th, December opens on the 29th.
  await signIn(page, DEMO.wardStaff, "/reports/07777/2026-12");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chưa mở nhập báo cáo tháng 12/2026");
  await expect(page.getByRole("main")).toContainText(
    "Báo cáo tháng 12/2026 mở nhập từ ngày 29/12/2026. Tháng mới nhất đang mở nhập: tháng 11/2026.",
  );
  await shoot(page, `report-entry-month-not-open-${test.info().project.name}`);
  await page.getByRole("link", { name: "Mở báo cáo tháng 11/2026" }).click();
  await expect(page).toHaveURL(/\/reports\/07777\/2026-11$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tháng 11/2026");
});
