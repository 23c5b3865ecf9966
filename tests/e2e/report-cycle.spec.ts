// One commune-month from entry to lock, on the demo data, as the issue tells it: Phường Việt Yên's
// staff land on their home page (the month to report, its deadline and state, one button), enter and
// submit the month being collected, withdraw it to a draft and submit it again (each step named on
// the page before and after it happens); Bắc Ninh's provincial reviewer returns it with a
// comment; the staff see the comment, fix the figure and submit again; the reviewer approves; the
// dashboard shows the new figures; the month is locked and the staff can no longer edit it. At the
// end an administrator (above the province) unlocks it with a reason, which returns it to the ward,
// so that the spec and the other specs can run again on the same database. Runs at 360 px too.
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { confirmWarnings, fillLikeLastMonth, insuredTotal, lastMonthOf, viCount } from "./report-form";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const WARD = "07777";

async function switchUser(page: Page, account: { username: string; password: string }, next: string) {
  await page.context().clearCookies();
  await signIn(page, account, next);
}

test("@phone a month goes from entry through return, fix and approval to the dashboard and the lock", async ({
  page,
}) => {
  test.setTimeout(240_000); // five sign-ins and a dozen saves and reviews, on a busy machine too
  const width = test.info().project.name;
  // 1. The ward lands on its task, enters the month being collected and submits it. (An earlier
  // spec or run may have left the month in any state: the home page names it and leads on.)
  await signIn(page, DEMO.wardStaff);
  await expect(page).toHaveURL(/\/$/);
  const task = page.getByTestId("home-task");
  await expect(task.getByRole("heading", { level: 2 })).toHaveText(/^Báo cáo tháng \d+\/\d{4}$/);
  await expect(page.getByTestId("home-deadline")).toHaveText(/^Hạn nộp: hết ngày \d{2}\/\d{2}\/\d{4}/);
  await shoot(page, `home-start-${width}`);
  await task.getByRole("link", { name: /^(Nhập báo cáo|Tiếp tục nhập|Sửa và gửi lại|Xem báo cáo)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${WARD}/\\d{4}-\\d{2}$`));
  const month = page.url().split("/").pop()!;
  const [year, monthNumber] = month.split("-").map(Number);
  const sent = `Đã gửi báo cáo tháng ${monthNumber}/${year} để duyệt`;
  await fillLikeLastMonth(page);
  const group5 = page.getByLabel("Nhóm 5 – Số người có thẻ", { exact: true });
  const group5LastMonth = await lastMonthOf(page, "g5-insured");
  // Figures that differ run to run, so that the dashboard check cannot pass on an earlier run's data.
  const typo = group5LastMonth + 100 + (Date.now() % 50);
  await group5.fill(String(typo));
  await confirmWarnings(page, "Đã đối chiếu với danh sách thu của BHXH");
  await page.getByRole("button", { name: /^(Gửi báo cáo|Lưu và gửi lại)$/ }).click();
  await expect(page.getByTestId("entry-message")).toContainText(sent);

  // 1b. Submitted, the form says what each button will do: withdraw it to a draft (the reviewer no
  // longer sees it), or save and send it again. The home page follows each step.
  await expect(page.getByTestId("submitted-notice")).toContainText("“Rút về để sửa” đưa báo cáo về bản nháp");
  await page.getByRole("button", { name: "Rút về để sửa" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(
    `Đã rút báo cáo tháng ${monthNumber}/${year} về bản nháp. Báo cáo không còn chờ duyệt`,
  );
  await expect(page.getByTestId("report-status").first()).toHaveText("Bản nháp");
  await page.goto("/");
  await expect(task.getByTestId("report-status")).toHaveText("Bản nháp");
  await expect(page.getByTestId("home-state")).toContainText("chưa gửi");
  await task.getByRole("link", { name: "Tiếp tục nhập" }).click();
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(sent);
  await page.getByRole("button", { name: "Lưu và gửi lại" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(`${sent}, thay bản đã gửi trước.`);
  await shoot(page, `edit-submitted-${width}`);
  await page.goto("/");
  await expect(task.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
  await expect(task.getByRole("link", { name: "Xem báo cáo" })).toBeVisible();
  await shoot(page, `home-submitted-${width}`);

  // 2. The provincial reviewer returns it with a comment.
  await switchUser(page, DEMO.bacNinhOfficial, `/review/24?month=${month}`);
  const row = page.getByTestId(`review-row-${WARD}`);
  await expect(row.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
  const comment = `Nhóm 5: số có thẻ tăng ${viCount(typo - group5LastMonth)} người so với tháng trước, đề nghị kiểm tra lại.`;
  await row.getByText("Trả lại", { exact: true }).click();
  await row.getByLabel("Ý kiến gửi xã").fill(comment);
  await row.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Bị trả lại");
  await shoot(page, `cycle-returned-${width}`);

  // 3. The ward cannot miss the return on its home page, follows it, fixes group 5 and submits again.
  await switchUser(page, DEMO.wardStaff, "/");
  await expect(task.getByTestId("report-status")).toHaveText("Bị trả lại");
  await expect(page.getByTestId("home-review-comment")).toContainText(comment);
  await shoot(page, `home-returned-${width}`);
  await task.getByRole("link", { name: "Sửa và gửi lại" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${WARD}/${month}$`));
  await expect(page.getByTestId("report-status").first()).toHaveText("Bị trả lại");
  await expect(page.getByTestId("review-comment")).toContainText(comment);
  await expect(group5).toHaveValue(viCount(typo));
  const fixed = group5LastMonth + 1 + (Date.now() % 50);
  await group5.fill(String(fixed));
  await confirmWarnings(page, "Đã sửa theo ý kiến của tỉnh");
  await shoot(page, `cycle-fixing-${width}`);
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByTestId("entry-message")).toContainText(`${sent}.`);
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
  await shoot(page, `cycle-dashboard-${width}`);

  // 6. The reviewer locks the month, and the ward can no longer edit it.
  await page.goto(`/review/24?month=${month}`);
  await page.getByText(/^Khoá tháng \(\d+ báo cáo đã duyệt\)$/).click();
  // Communes of Bắc Ninh not approved yet in the demo's month: the lock gives its reason.
  const reason = page.getByLabel("Lý do khoá khi chưa đủ báo cáo");
  if ((await reason.count()) > 0) await reason.fill("Chốt số liệu tháng theo yêu cầu của UBND tỉnh");
  await page.getByRole("button", { name: /^Xác nhận khoá \d+ báo cáo$/ }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Đã khoá");
  await switchUser(page, DEMO.wardStaff, "/");
  await expect(task.getByTestId("report-status")).toHaveText("Đã khoá");
  await expect(page.getByTestId("home-state")).toHaveText("Đã duyệt và khoá: số liệu tháng đã chốt.");
  await shoot(page, `home-locked-${width}`);
  await task.getByRole("link", { name: "Xem báo cáo" }).click();
  await expect(page.getByText("Báo cáo ở trạng thái “Đã khoá”: chỉ xem, không sửa được.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(group5).toHaveAttribute("readonly", "");
  await expect(group5).toHaveValue(viCount(fixed));
  await shoot(page, `cycle-locked-${width}`);

  // 7. Only a level above the province unlocks it: the administrator, with a reason.
  await switchUser(page, DEMO.admin, `/review/24?month=${month}`);
  await row.getByText("Mở khoá", { exact: true }).click();
  await row.getByLabel("Lý do mở khoá").fill("Mở lại để xã bổ sung số liệu sau rà soát.");
  await row.getByRole("button", { name: "Mở khoá và trả lại cho xã" }).click();
  await expect(row.getByTestId("report-status")).toHaveText("Bị trả lại");
});
