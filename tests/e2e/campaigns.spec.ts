// A campaign's progress, on the demo data as on 29 November 2026: Bắc Ninh's official opens a ward's
// dashboard for October 2026, starts a campaign for it from there, is told in Vietnamese which
// target is missing, saves it, and finds its progress in the campaign list and on the dashboard:
// the new enrollments and renewals of October, the same figures as the dashboard's card of people
// insured (read from the page, so that the spec holds on a database other specs have changed).
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** "1.234" → 1234. */
const viCount = (text: string) => Number(text.replace(/\./g, ""));
const NAME = "Tháng cao điểm vận động BHYT phường Việt Yên (thử nghiệm)";

test("an official creates a campaign and sees its progress in the list and on the dashboard", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/coverage/07777?month=2026-10");
  const hint = await page.getByTestId("card-insured").innerText();
  const [, newlyEnrolled, renewed] = /([\d.]+) tham gia mới, ([\d.]+) tái tục/.exec(hint) ?? [];
  expect(newlyEnrolled).toBeDefined();

  await page.getByTestId("unit-campaigns").getByRole("link", { name: "Tạo đợt vận động" }).click();
  await expect(page).toHaveURL(/\/campaigns\/new\?unitId=\d+/);
  await expect(page.getByLabel("Đơn vị", { exact: true }).locator("option:checked")).toHaveText(
    /Phường Việt Yên \(07777\)/,
  );
  await page.getByLabel("Tên đợt vận động").fill(NAME);
  await page.getByLabel("Từ tháng").fill("2026-10");
  await page.getByLabel("Đến tháng").fill("2026-12");
  await page.getByLabel("Cơ quan chủ trì").fill("BHXH tỉnh Bắc Ninh");
  await page.getByRole("button", { name: "Lưu đợt vận động" }).click();
  await expect(page.locator("#field-targets-error")).toHaveText(
    "Cần ít nhất một chỉ tiêu: số người tham gia mới, số người tái tục hoặc tỷ lệ bao phủ cuối đợt",
  );
  await expect(page.getByLabel("Tên đợt vận động")).toHaveValue(NAME);
  await expect(page.getByLabel("Từ tháng")).toHaveValue("2026-10");
  await expectAccessible(page, "the campaign form refused");

  await page.getByLabel("Số người tham gia mới").fill("100");
  await page.getByLabel("Tỷ lệ bao phủ cuối đợt (%)").fill("97,2");
  await expect(page.getByLabel("Số người tham gia mới")).toHaveValue("100");
  await page.getByRole("button", { name: "Lưu đợt vận động" }).click();
  await expect(page).toHaveURL(/\/campaigns#campaign-\d+$/);

  const inList = page.getByTestId("campaign").filter({ has: page.getByRole("heading", { name: NAME }) });
  await expect(inList).toContainText("Đang diễn ra");
  await expect(inList.getByTestId("campaign-new")).toContainText(`${newlyEnrolled} / 100 người`);
  await expect(inList.getByTestId("campaign-renewed")).toContainText(`${renewed} người (không đặt chỉ tiêu)`);
  await expect(inList.getByTestId("campaign-enrolled")).toContainText(
    `${(viCount(newlyEnrolled!) + viCount(renewed!)).toLocaleString("vi-VN")} người`,
  );
  await expect(inList.getByTestId("campaign-gap")).toContainText(
    /Còn [\d.]+ người cần vận động để đạt 97,20%|Đã đạt chỉ tiêu 97,20%/,
  );
  await expectAccessible(page, "the campaign list");
  await shoot(page, "campaigns-list");

  await page.goto("/coverage/07777?month=2026-10");
  const onDashboard = page
    .getByTestId("unit-campaigns")
    .getByTestId("campaign")
    .filter({ has: page.getByRole("heading", { name: NAME }) });
  await expect(onDashboard.getByTestId("campaign-new")).toContainText(`${newlyEnrolled} / 100 người`);
  await expect(onDashboard).toContainText("Đến hết tháng 10/2026");
  await shoot(page, "campaigns-dashboard");
});
