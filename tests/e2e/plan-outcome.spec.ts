// A finished plan reads as finished: Bắc Giang's 2022–2025 plan, whose province ended on 30 June
// 2025, shows its 2025 outcome (met or missed, with the actual figure and the month it was measured)
// on the plan view, not a projection; and a dashboard in a month no plan applies to names the plan
// that ended, with a link to create one for those who may.
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./sign-in";

test("the plan view shows a finished plan's outcome at its last milestone", async ({ page }) => {
  await signIn(page, DEMO.leader);
  await page.goto("/plans?status=all");
  await page.getByRole("link", { name: "KH-UBND tỉnh Bắc Giang 2022–2025" }).click();
  await expect(page.getByText("UBND tỉnh Bắc Giang ban hành ngày 06/12/2023")).toBeVisible();
  await expect(page.getByTestId("plan-view-heading")).toHaveText("Tiến độ của Tỉnh Bắc Giang · tháng 6/2025");

  const card = page.getByTestId("plan-projection");
  await expect(card).toContainText("Kết quả tại mốc 31/12/2025");
  await expect(card.getByText(/^(Đạt|Không đạt)$/)).toBeVisible();
  await expect(card).toContainText(/^.*\d{1,3},\d{2}%/);
  await expect(card).toContainText(
    /Tỷ lệ thực tế tháng 12\/2025 trên địa bàn cũ của Tỉnh Bắc Giang: [\d.]+ người có thẻ \/ [\d.]+ dân số của \d+ xã, phường kế thừa/,
  );
  await expect(card).not.toContainText("Dự báo");

  // Group 4 (pupils, 100%): its outcome too, from the successor communes' group figures.
  const pupils = page.getByTestId("plan-group-4");
  await expect(pupils.getByText(/^(Đạt|Không đạt)$/)).toBeVisible();
  await expect(pupils.getByTestId("group-outcome-after-end")).toHaveText(
    /^tháng 12\/2025, trên địa bàn cũ: [\d.]+ có thẻ \/ [\d.]+ thuộc diện$/,
  );

  // Its PDF, asked for from the plan view, names the plan.
  const pdf = page.getByTestId("report-pdf");
  await expect(pdf).toHaveAttribute("href", /&plan=\d+/);

  // The ranking of the districts: outcomes too, for the districts whose communes went whole into
  // new ones; where a district's assigned number and its people still to enroll disagree, a mark
  // and the note that explains the two measures.
  const ranking = page.getByTestId("plan-ranking");
  await expect(ranking.getByText(/^(Đạt|Không đạt)$/).first()).toBeVisible();
  if ((await ranking.getByTestId("measures-differ").count()) > 0)
    await expect(page.getByTestId("measures-differ-note")).toContainText("Hai thước đo khác nhau");
});

test("a dashboard in a month without a plan names the plan that ended, and offers to create one", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/coverage/96");
  const plans = page.getByTestId("applicable-plans");
  await expect(plans.getByTestId("no-plan-applies")).toHaveText(
    "Không có kế hoạch nào áp dụng trong tháng này: kế hoạch 546/QĐ-TTg đã kết thúc với mốc cuối tháng 12/2025.",
  );
  await plans.getByRole("link", { name: "Tạo kế hoạch mới" }).click();
  await expect(page).toHaveURL(/\/plans\/new$/);
});
