// One commune-month from entry to lock, on the demo data, as the issue tells it: Phường Việt Yên's
// staff enter and submit the month being collected; Bắc Ninh's provincial reviewer returns it with a
// comment; the staff see the comment, fix the figure and submit again; the reviewer approves; the
// dashboard shows the new figures; the month is locked and the staff can no longer edit it. At the
// end an administrator (above the province) unlocks it with a reason, which returns it to the ward,
// so that the spec and the other specs can run again on the same database. Runs at 360 px too.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { confirmWarnings, fillLikeLastMonth, insuredTotal, lastMonthOf, viCount } from "./report-form";
import { DEMO, signIn } from "./sign-in";
import { shoot } from "./screenshot";

const WARD = "07777";

async function switchUser(page: Page, account: { username: string; password: string }, next: string) {
  await page.context().clearCookies();
  await signIn(page, account, next);
}

test("@phone a month goes from entry through return, fix and approval to the dashboard and the lock", async ({ page }) => {
  // 1. The ward enters the month being collected and submits it.
  await signIn(page, DEMO.wardStaff, "/reports");
  await expect(page).toHaveURL(new RegExp(`/reports/${WARD}/\\d{4}-\\d{2}$`));
  const month = page.url().split("/").pop()!;
  const [year, monthNumber] = month.split("-").map(Number);
  await fillLikeLastMonth(page);
  const group5 = page.getByLabel("Nhóm 5 – Số người có thẻ", { exact: true });
  const group5LastMonth = await lastMonthOf(page, "g5-insured");
  // Figures that differ run to run, so that the dashboard check cannot pass on an earlier run's data.
  const typo = group5LastMonth + 100 + (Date.now() % 50);
  await group5.fill(String(typo));
  await confirmWarnings(page, "Đã đối chiếu với danh sách thu của BHXH");
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(`Đã gửi báo cáo tháng ${monthNumber}/${year} để duyệt.`);

  // 2. The provincial reviewer returns it with a comment.
  await switchUser(page, DEMO.bacNinhOfficial, `/review/24?month=${month}`);
  const row = page.getByTestId(`review-row-${WARD}`);
  await expect(row.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
  const comment = `Nhóm 5: số có thẻ tăng ${viCount(typo - group5LastMonth)} người so với tháng trước, đề nghị kiểm tra lại.`;
  await row.getByText("Trả lại", { exact: true }).click();
  await row.getByLabel("Ý kiến gửi xã").fill(comment);
  await row.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Bị trả lại");
  await shoot(page, `cycle-returned-${test.info().project.name}`);

  // 3. The ward sees the comment, fixes group 5 and submits again.
  await switchUser(page, DEMO.wardStaff, `/reports/${WARD}/${month}`);
  await expect(page.getByTestId("report-status").first()).toHaveText("Bị trả lại");
  await expect(page.getByTestId("review-comment")).toContainText(comment);
  await expect(group5).toHaveValue(viCount(typo));
  const fixed = group5LastMonth + 1 + (Date.now() % 50);
  await group5.fill(String(fixed));
  await confirmWarnings(page, "Đã sửa theo ý kiến của tỉnh");
  await shoot(page, `cycle-fixing-${test.info().project.name}`);
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(`Đã gửi báo cáo tháng ${monthNumber}/${year} để duyệt.`);
  const insured = await insuredTotal(page);

  // 4. The reviewer approves it.
  await switchUser(page, DEMO.bacNinhOfficial, `/review/24?month=${month}`);
  await expect(row.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
  await row.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Đã duyệt");

  // 5. The dashboard shows the figures as fixed.
  await page.goto(`/coverage/${WARD}?month=${month}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Việt Yên");
  await expect(page.getByTestId("card-insured").locator("p").nth(1)).toHaveText(viCount(insured));
  await shoot(page, `cycle-dashboard-${test.info().project.name}`);

  // 6. The reviewer locks the month, and the ward can no longer edit it.
  await page.goto(`/review/24?month=${month}`);
  await page.getByText(/^Khoá tháng \(\d+ báo cáo đã duyệt\)$/).click();
  // Communes of Bắc Ninh not approved yet in the demo's month: the lock gives its reason.
  const reason = page.getByLabel("Lý do khoá khi chưa đủ báo cáo");
  if ((await reason.count()) > 0) await reason.fill("Chốt số liệu tháng theo yêu cầu của UBND tỉnh");
  await page.getByRole("button", { name: /^Xác nhận khoá \d+ báo cáo$/ }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Đã khoá");
  await switchUser(page, DEMO.wardStaff, `/reports/${WARD}/${month}`);
  await expect(page.getByText("Báo cáo ở trạng thái “Đã khoá”: chỉ xem, không sửa được.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(group5).toHaveAttribute("readonly", "");
  await expect(group5).toHaveValue(viCount(fixed));
  await shoot(page, `cycle-locked-${test.info().project.name}`);

  // 7. Only a level above the province unlocks it: the administrator, with a reason.
  await switchUser(page, DEMO.admin, `/review/24?month=${month}`);
  await row.getByText("Mở khoá", { exact: true }).click();
  await row.getByLabel("Lý do mở khoá").fill("Mở lại để xã bổ sung số liệu sau rà soát.");
  await row.getByRole("button", { name: "Mở khoá và trả lại cho xã" }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Bị trả lại");
});
