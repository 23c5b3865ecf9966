// Reviewing the communes' monthly reports in the browser, on the demo data (whose last complete
// month is being collected: most communes submitted, some late, a few returned or missing). The
// Bắc Ninh provincial official returns one submitted report with a comment, approves another and
// locks the month: the locked report offers no action any more. A second tab acting on a report
// that changed is refused with a clear message. The Việt Yên district officer sees its old
// district's locked months without unlock, which the old province may do with a reason. The commune
// cannot edit a locked month on its entry page. Screenshots are kept under test-results/screenshots/.
// The spec picks rows by their state, so it can run again on the same database.
import type { Locator, Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** Phường Việt Yên, whose staff has a demo account: kept for the locked-month test. */
const WARD = "07777";

/**
 * The last commune row (Phường Việt Yên aside) whose report has `status`, and its GSO code. The
 * last, because the import spec edits the first communes of the list.
 */
async function lastRowWith(page: Page, status: string): Promise<{ row: Locator; code: string }> {
  const row = page
    .getByTestId("review-list")
    .locator("li")
    .filter({ has: page.getByTestId("report-status").getByText(status, { exact: true }) })
    .filter({ hasNot: page.getByText(WARD, { exact: true }) })
    .last();
  const testId = await row.getAttribute("data-testid");
  const code = testId!.replace("review-row-", "");
  return { row: page.getByTestId(`review-row-${code}`), code };
}

async function count(page: Page, key: string): Promise<number> {
  return Number((await page.getByTestId(`count-${key}`).locator("dd").innerText()).replace(/\./g, ""));
}

/** A count shown only when it occurs ("not yet due" before the deadline, "undated"): 0 when absent. */
async function countIfShown(page: Page, key: string): Promise<number> {
  return (await page.getByTestId(`count-${key}`).count()) === 0 ? 0 : count(page, key);
}

test("a provincial reviewer returns a report with a comment, approves another and locks the month", async ({
  page,
}) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Duyệt báo cáo" }).click();
  await expect(page).toHaveURL(/\/review\/24$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Duyệt báo cáo tháng");
  await expect(page.getByText(/Hạn nộp: hết ngày \d{2}\/\d{2}\/\d{4} · Cấp duyệt: cấp tỉnh/)).toBeVisible();
  const total = await count(page, "total");
  // Every commune is in exactly one category, on any day: before the deadline the ones that have
  // not reported yet are "not yet due", after it "overdue".
  const parts = ["onTime", "late", "returned", "overdue"];
  const optional = ["notDue", "undated"];
  const counted = [
    ...(await Promise.all(parts.map((key) => count(page, key)))),
    ...(await Promise.all(optional.map((key) => countIfShown(page, key)))),
  ];
  expect(counted.reduce((sum, n) => sum + n, 0)).toBe(total);
  await shoot(page, "review-province");

  // Return a submitted report: the comment is required.
  const returned = await lastRowWith(page, "Đã gửi, chờ duyệt");
  const returnedName = (await returned.row.getByRole("link").first().innerText()).trim();
  await returned.row.getByText("Trả lại", { exact: true }).click();
  await returned.row.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(returned.row.getByText("Vui lòng nhập ý kiến gửi xã: xã cần biết phải sửa số liệu nào")).toBeVisible();
  await expect(returned.row.getByLabel("Ý kiến gửi xã")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the return form with its error", {
    include: `[data-testid="review-row-${returned.code}"]`,
  });
  const comment = `Nhóm 5: số tái tục thấp bất thường, đề nghị kiểm tra (e2e ${Date.now() % 100000}).`;
  await returned.row.getByLabel("Ý kiến gửi xã").fill(comment);
  await returned.row.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(page.getByTestId("review-notice")).toHaveText(
    new RegExp(`Đã trả lại báo cáo của ${returnedName} cho xã sửa.`),
  );
  await expect(returned.row.getByTestId("report-status")).toHaveText("Bị trả lại");
  await expect(returned.row.getByText(`Ý kiến: ${comment}`)).toBeVisible();

  // Approve another.
  const approved = await lastRowWith(page, "Đã gửi, chờ duyệt");
  const approvedName = (await approved.row.getByRole("link").first().innerText()).trim();
  await approved.row.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(page.getByTestId("review-notice")).toHaveText(new RegExp(`Đã duyệt báo cáo của ${approvedName}.`));
  await expect(approved.row.getByTestId("report-status")).toHaveText("Đã duyệt");
  await shoot(page, "review-after-approve");

  // Lock the month: every approved report, this one included.
  const approvedCount = await count(page, "approved");
  expect(approvedCount).toBeGreaterThan(0);
  await page.getByText(`Khoá tháng (${approvedCount} báo cáo đã duyệt)`).click();
  await expect(page.getByText("Báo cáo đã khoá không sửa được nữa")).toBeVisible();
  // The month is incomplete: the communes left open are named, and a reason is required.
  const notApproved = page.getByTestId("lock-not-approved");
  await expect(notApproved).toContainText(/^\d+ xã chưa được duyệt sẽ không bị khoá/);
  await expect(notApproved).toContainText("Chưa được duyệt:");
  const reason = page.getByLabel("Lý do khoá khi chưa đủ báo cáo");
  await expect(reason).toHaveAttribute("required", "");
  await reason.fill("Đã quá hạn, các xã còn lại đã được nhắc; chốt số liệu để báo cáo UBND tỉnh.");
  await shoot(page, "review-lock-incomplete-month");
  await expectAccessible(page, "the month's lock form", { include: "section[aria-labelledby=month-actions]" });
  await page.getByRole("button", { name: `Xác nhận khoá ${approvedCount} báo cáo` }).click();
  await expect(page.getByTestId("review-notice")).toHaveText(
    new RegExp(`Đã khoá ${approvedCount} báo cáo tháng \\d+/\\d{4}.`),
  );
  await expect(approved.row.getByTestId("report-status")).toHaveText("Đã khoá");
  // The locked report cannot be changed here any more: no approve, return or (at the approving level) unlock.
  await expect(approved.row.getByRole("button")).toHaveCount(0);
  await expect(approved.row.getByText("Mở khoá")).toHaveCount(0);
  expect(await count(page, "approved")).toBe(0);

  // The filter shows the locked reports only.
  await page.getByRole("link", { name: /^Đã khoá/ }).click();
  await expect(page).toHaveURL(/status=locked/);
  await expect(page.getByTestId(`review-row-${approved.code}`)).toBeVisible();
  await expect(page.getByTestId(`review-row-${returned.code}`)).toHaveCount(0);
  await shoot(page, "review-locked-filter");
});

test("a reviewer acting on a report that changed since they looked is refused with a clear message", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, DEMO.bacNinhOfficial, "/review/24?status=pending");
  const second = await context.newPage();
  await second.goto("/review/24?status=pending");

  const { row, code } = await lastRowWith(first, "Đã gửi, chờ duyệt");
  const name = (await row.getByRole("link").first().innerText()).trim();
  await row.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(first.getByTestId("review-notice")).toContainText(`Đã duyệt báo cáo của ${name}.`);

  // The second tab still shows the report as awaiting review.
  const stale = second.getByTestId(`review-row-${code}`);
  await stale.getByText("Trả lại", { exact: true }).click();
  await stale.getByLabel("Ý kiến gửi xã").fill("Sai số dân");
  await stale.getByRole("button", { name: "Trả lại cho xã" }).click();
  const notice = second.getByTestId("review-notice");
  await expect(notice).toContainText(
    `Báo cáo của ${name} đã thay đổi từ khi bạn mở trang (hiện: Đã duyệt). Chưa có gì được lưu.`,
  );
  await shoot(second, "review-stale");
  await notice.getByRole("button", { name: "Tải lại trang" }).click();
  await expect(second.getByTestId(`review-row-${code}`)).toHaveCount(0);
  await context.close();
});

test("a district officer sees the old district's locked months; the old province unlocks one with a reason", async ({
  page,
}) => {
  await signIn(page, DEMO.vietYenOfficer);
  await page.goto("/review/222?month=2025-06");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 6/2025");
  await expect(page.getByText("Cấp duyệt: cấp huyện")).toBeVisible();
  const { row } = await lastRowWith(page, "Đã khoá");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(row.getByText("Mở khoá")).toHaveCount(0);
  await shoot(page, "review-district-2025-06");

  // Bạc Liêu's provincial official, above its districts, unlocks one of June 2025's reports.
  await page.context().clearCookies();
  await signIn(page, DEMO.bacLieuOfficial, "/review/95?month=2025-06");
  const locked = await lastRowWith(page, "Đã khoá");
  const name = (await locked.row.getByRole("link").first().innerText()).trim();
  await locked.row.getByText("Mở khoá", { exact: true }).click();
  await locked.row.getByRole("button", { name: "Mở khoá và trả lại cho xã" }).click();
  await expect(locked.row.getByText("Vui lòng nhập lý do mở khoá")).toBeVisible();
  await expectAccessible(page, "the unlock form with its error", {
    include: `[data-testid="review-row-${locked.code}"]`,
  });
  await locked.row.getByLabel("Lý do mở khoá").fill("Công an xã cập nhật lại dân số sau rà soát cư trú.");
  await locked.row.getByRole("button", { name: "Mở khoá và trả lại cho xã" }).click();
  await expect(page.getByTestId("review-notice")).toContainText(`Đã mở khoá báo cáo của ${name} và trả lại cho xã.`);
  await expect(locked.row.getByTestId("report-status")).toHaveText("Bị trả lại");
  await expect(locked.row.getByText("Ý kiến: Công an xã cập nhật lại dân số sau rà soát cư trú.")).toBeVisible();

  // The audit log has the unlock with its reason.
  await page.goto("/admin/audit?action=report.unlock");
  await expect(page.getByRole("cell", { name: "Mở khoá báo cáo" }).first()).toBeVisible();
  await expect(page.getByText("Công an xã cập nhật lại dân số sau rà soát cư trú.").first()).toBeVisible();
});

test("a locked month cannot be edited by the commune", async ({ page }) => {
  // The month before the one being collected: approved in the demo data, locked here.
  await signIn(page, DEMO.bacNinhOfficial, "/review/24");
  await page.getByRole("link", { name: "Tháng trước" }).click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  const month = new URL(page.url()).searchParams.get("month")!;
  await expect(page.getByRole("heading", { name: "Thao tác cho cả tháng" })).toBeVisible();
  const lock = page.getByText(/^Khoá tháng \(\d+ báo cáo đã duyệt\)$/);
  // A rerun on the same database finds the month already locked.
  if ((await lock.count()) > 0) {
    await lock.click();
    // Communes not approved in the demo's month: the lock gives its reason.
    const reason = page.getByLabel("Lý do khoá khi chưa đủ báo cáo");
    if ((await reason.count()) > 0) await reason.fill("Chốt số liệu tháng");
    await page.getByRole("button", { name: /^Xác nhận khoá \d+ báo cáo$/ }).click();
    await expect(page.getByTestId("review-notice")).toContainText(/^Đã khoá \d+ báo cáo tháng/);
  }
  await expect(page.getByTestId(`review-row-${WARD}`).getByTestId("report-status")).toHaveText("Đã khoá");

  await page.context().clearCookies();
  await signIn(page, DEMO.wardStaff, `/reports/${WARD}/${month}`);
  await expect(page.getByText("Báo cáo ở trạng thái “Đã khoá”: chỉ xem, không sửa được.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(page.getByLabel("Dân số", { exact: true })).toHaveAttribute("readonly", "");
  await shoot(page, "review-locked-entry");
});

test("the dashboard counts the month's reports and links to the review list", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial, "/review/24");
  const onTime = await count(page, "onTime");
  const late = await count(page, "late");
  // The review page opens on the month being collected; its link back keeps the month.
  await page.getByRole("link", { name: "← Tỉnh Bắc Ninh" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=\d{4}-\d{2}/);
  const [year, month] = new URL(page.url()).searchParams.get("month")!.split("-").map(Number);
  const progress = page.getByTestId("reporting-progress");
  await expect(progress).toContainText(`Tiến độ báo cáo tháng ${month}/${year}`);
  await expect(progress.getByTestId("progress-onTime")).toContainText(String(onTime));
  await expect(progress.getByTestId("progress-late")).toContainText(String(late));
  await shoot(page, "dashboard-reporting-progress");
  await progress.getByRole("link", { name: "Xem danh sách xã" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/24\\?month=${year}-${String(month).padStart(2, "0")}`));
});

test("an administrator adds and deletes a reporting rule", async ({ page }) => {
  await signIn(page, DEMO.admin, "/admin/reporting-rules");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quy định duyệt và hạn nộp báo cáo");
  await expect(page.getByTestId("rule-2025-07")).toContainText("đang áp dụng");
  await page.getByLabel("Áp dụng từ tháng").fill("2030-01");
  await page.getByLabel("Hạn nộp (ngày của tháng sau)").last().fill("31");
  await page.getByRole("button", { name: "Thêm quy định" }).click();
  await expect(page.getByText("Hạn nộp phải là một số từ 1 đến 28 (mọi tháng đều có ngày đó)")).toBeVisible();
  await page.getByLabel("Hạn nộp (ngày của tháng sau)").last().fill("10");
  await page.getByRole("button", { name: "Thêm quy định" }).click();
  await expect(page.getByText("Đã thêm quy định áp dụng từ 1/2030.")).toBeVisible();
  const rule = page.getByTestId("rule-2030-01");
  await expect(rule).toContainText("trở đi");
  await shoot(page, "reporting-rules");
  await rule.getByRole("button", { name: "Xoá" }).click();
  await expect(page.getByTestId("rule-2030-01")).toHaveCount(0);
});

test("@phone the review page reads on a 360-px screen", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial, "/review/24");
  await expect(page.getByTestId("review-counts")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "review-phone");
});
