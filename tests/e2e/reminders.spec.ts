// A reminder sent and seen, on the demo data (the suite's day is 29 November 2026: October is being
// collected, past its deadline). Bắc Ninh's provincial official finds Phường Việt Yên's October
// report on the review page — returning it first when it is waiting for review, so that the ward
// has not submitted — sees its account and phone, and reminds it ("Nhắc nộp báo cáo"; once a day,
// so a second run that day finds it already reminded). The ward's staff then sign in: a banner
// names the new notifications, the list shows them as new until they are marked read, and the
// ward sends the report again, as the reminder asks, leaving it as the demo had it. Runs at 360 px too.
import type { Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { confirmWarnings } from "./report-form";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const WARD = "07777";
const MONTH = "2026-10";

async function switchUser(page: Page, account: { username: string; password: string }, next: string) {
  await page.context().clearCookies();
  await signIn(page, account, next);
}

test("@phone a provincial official reminds a ward that has not submitted, and the ward sees the reminder", async ({
  page,
}) => {
  const width = test.info().project.name;

  // 1. The official: the ward's report is not submitted (returned now if it was waiting for review).
  await signIn(page, DEMO.bacNinhOfficial, `/review/24?month=${MONTH}`);
  const row = page.getByTestId(`review-row-${WARD}`);
  const status = row.getByTestId("report-status");
  if ((await status.innerText()) === "Đã gửi, chờ duyệt") {
    await row.getByText("Trả lại", { exact: true }).click();
    await row
      .getByLabel("Ý kiến gửi xã")
      .fill("Nhóm 4: đề nghị đối chiếu lại số học sinh có thẻ với danh sách của trường.");
    await row.getByRole("button", { name: "Trả lại cho xã" }).click();
  }
  await expect(status).toHaveText(/^(Bị trả lại|Bản nháp|Chưa nhập)$/);

  // Its responsible account, with the phone to call.
  const contacts = row.getByTestId("commune-contacts");
  await expect(contacts).toContainText("Tài khoản phụ trách");
  await expect(contacts).toContainText("Cán bộ phường Việt Yên (demo)");
  await expect(contacts.getByRole("link", { name: "0900 000 777" })).toHaveAttribute("href", "tel:+84900000777");

  // Remind it, unless an earlier run did so today (a reminder goes once a day).
  const remind = row.getByRole("button", { name: "Nhắc nộp báo cáo" });
  if ((await remind.count()) > 0) {
    await remind.click();
    await expect(page.getByTestId("review-notice")).toHaveText(
      /Đã nhắc Phường Việt Yên nộp báo cáo tháng 10\/2026 \(\d+ tài khoản\)\./,
    );
  }
  await expect(row.getByTestId("last-reminder")).toContainText(/^Đã nhắc hôm nay lúc /);
  await expect(remind).toHaveCount(0);
  await shoot(page, `reminders-review-${width}`);
  await expectAccessible(page, "the ward's row with its contacts and reminder", {
    include: `[data-testid="review-row-${WARD}"]`,
  });

  // 2. The ward: a banner on the next visit, whatever page it opens on.
  await switchUser(page, DEMO.wardStaff, "/");
  const banner = page.getByTestId("notification-banner");
  await expect(banner.getByRole("heading", { level: 2 })).toHaveText(/^Bạn có \d+ thông báo mới$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await shoot(page, `reminders-banner-${width}`);
  await expectAccessible(page, "the banner of new notifications", { include: '[data-testid="notification-banner"]' });

  // The list: the reminder is there, the new ones marked, until they are marked read.
  await banner.getByRole("link", { name: "Xem tất cả thông báo" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông báo");
  await expect(page.getByTestId("notification-banner")).toHaveCount(0);
  const list = page.getByTestId("notification-list");
  const reminder = list
    .locator("li")
    .filter({ hasText: "nhắc: báo cáo tháng 10/2026 của Phường Việt Yên chưa được gửi. Hạn nộp: hết ngày 05/11/2026." })
    .first();
  await expect(reminder).toContainText("Cán bộ tỉnh Bắc Ninh (demo)");
  await expect(list.getByText("Mới", { exact: true }).first()).toBeVisible();
  await shoot(page, `reminders-list-${width}`);
  await expectAccessible(page, "the notification list");
  await page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
  await expect(list.getByText("Mới", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" })).toHaveCount(0);

  // 3. The ward opens the report from the reminder and sends it again: the banner is gone.
  await reminder.getByRole("link", { name: "Mở báo cáo" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${WARD}/${MONTH}$`));
  await expect(page.getByTestId("notification-banner")).toHaveCount(0);
  await confirmWarnings(page, "Đã đối chiếu lại theo ý kiến của tỉnh");
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByTestId("entry-message")).toContainText("Đã gửi báo cáo tháng 10/2026 để duyệt.");
});
