// Plans end to end on the demo data: a provincial official of the new Bắc Ninh creates a plan for
// 2026 (after a refused first attempt), allocates it to the province's communes with the split
// helper, and a leader then finds it and reads the progress against it — on a wide screen, on
// paper (print emulation) and from the dashboard's link. Screenshots under test-results/screenshots/.
import type { Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const VI_PERCENT = /^\d{1,3},\d{2}%$/;

async function statValue(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).locator("p").nth(1).innerText()).trim();
}

test("a provincial official creates and allocates a plan, and a leader sees progress against it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const number = `E2E-${Date.now().toString(36).toUpperCase()}/KH-UBND`;

  // The official creates the plan.
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/plans");
  await page.getByRole("link", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tạo kế hoạch mới" })).toBeVisible();

  await page.getByLabel("Trích yếu").fill("Kế hoạch bao phủ BHYT năm 2026 (kiểm thử)");
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Bắc Ninh");
  await page.getByLabel("Ngày ban hành").fill("2026-01-05");
  await page.getByLabel("Đơn vị áp dụng").selectOption({ label: "Tỉnh Bắc Ninh (24)" });
  await page.getByLabel("Từ tháng").fill("2026-01");
  await page.getByLabel("Đến tháng").fill("2026-12");
  await page.getByLabel("Mốc 1").fill("2026-12");
  await page.getByLabel("Tỷ lệ (%) – Toàn dân (chung) – tháng 12/2026").fill("96,5");
  await page.getByLabel("Số người giao – Toàn dân (chung) – tháng 12/2026").fill("3.450.000");
  await page.getByLabel("So sánh – Nhóm 4: NSNN hỗ trợ – tháng 12/2026").selectOption("EXACTLY");
  await page.getByLabel("Tỷ lệ (%) – Nhóm 4: NSNN hỗ trợ – tháng 12/2026").fill("100");
  await page.getByLabel("Nhóm 4: NSNN hỗ trợ", { exact: true }).fill("Sở Giáo dục và Đào tạo");

  // Without a number the plan is refused, with the message on the field and the rest kept.
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.locator("#field-number-error")).toHaveText("Vui lòng nhập số hiệu kế hoạch (ví dụ 119/KH-UBND)");
  await expect(page.getByLabel("Số hiệu")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Trích yếu")).toHaveValue("Kế hoạch bao phủ BHYT năm 2026 (kiểm thử)");
  await expect(page.getByLabel("Đơn vị áp dụng").locator("option:checked")).toHaveText("Tỉnh Bắc Ninh (24)");
  await expect(page.getByLabel("So sánh – Nhóm 4: NSNN hỗ trợ – tháng 12/2026")).toHaveValue("EXACTLY");
  await expect(page.getByLabel("Tỷ lệ (%) – Nhóm 4: NSNN hỗ trợ – tháng 12/2026")).toHaveValue("100");
  await expectAccessible(page, "the plan form refused");
  await shoot(page, "plan-form-refused");

  await page.getByLabel("Số hiệu").fill(number);
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  await expect(page.getByText(number).first()).toBeVisible();
  const planUrl = new URL(page.url()).pathname;

  // … then allocates it to the communes, splitting the assigned number by population.
  await page.getByRole("link", { name: "Giao chỉ tiêu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Giao chỉ tiêu cho đơn vị trực thuộc" })).toBeVisible();
  await expect(page.getByTestId("allocation-parent")).toContainText("≥ 96,50%");
  await expect(page.getByTestId("allocation-parent")).toContainText("3.450.000 người được giao");
  const rows = page.getByTestId("allocation-table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(50);
  await page.getByRole("button", { name: "Chia theo tỷ trọng dân số" }).click();
  await page.getByRole("button", { name: "Áp dụng tỷ lệ 96,5% cho tất cả" }).click();
  await expect(page.getByTestId("allocation-sum")).toHaveText("3.450.000 / 3.450.000 người");
  await expect(page.getByText("khớp với chỉ tiêu")).toBeVisible();
  await expectAccessible(page, "the allocation, split");
  await shoot(page, "plan-allocation");
  await page.getByRole("button", { name: "Lưu phân bổ" }).click();
  await expect(page.getByRole("status").getByText(/^Đã lưu chỉ tiêu giao cho \d+ đơn vị\.$/)).toBeVisible();
  // A commune's own allocation page is addressed by its code (?unit=), as on the plan view.
  const further = page.getByTestId("allocation-table").getByRole("link", { name: "Giao tiếp →" }).first();
  await expect(further).toHaveAttribute("href", /\/allocate\?unit=\d{5}&milestone=2026-12&row=all$/);
  await further.click();
  await expect(page).toHaveURL(/\/allocate\?unit=\d{5}&milestone=2026-12&row=all$/);
  await expect(page.getByRole("heading", { level: 1, name: "Giao chỉ tiêu cho đơn vị trực thuộc" })).toBeVisible();

  // A leader finds the plan and reads the progress against it.
  const leaderContext = await browser.newContext({ locale: "vi-VN", viewport: { width: 1366, height: 900 } });
  const leader = await leaderContext.newPage();
  await signIn(leader, DEMO.leader);
  await leader.goto("/plans?scope=&status=active");
  await leader.getByRole("link", { name: number }).click();
  await expect(leader).toHaveURL(new RegExp(`${planUrl}$`));
  await expect(leader.getByTestId("plan-view-heading")).toContainText("Tiến độ của Tỉnh Bắc Ninh · tháng");
  expect(await statValue(leader, "plan-actual")).toMatch(VI_PERCENT);
  expect(await statValue(leader, "plan-target")).toBe("≥ 96,50%");
  expect(await statValue(leader, "plan-attainment")).toMatch(VI_PERCENT);
  await expect(leader.getByTestId("plan-attainment")).toContainText(
    "3.450.000 người được giao (không phải tỷ lệ bao phủ)",
  );
  await expect(leader.getByTestId("plan-projection")).toContainText(/Dự báo đạt|Dự báo gần đạt|Dự báo chưa đạt/);
  await expect(leader.getByTestId("projection-method")).toContainText("Cách dự báo (theo mùa vụ)");
  await expect(leader.getByTestId("plan-group-4")).toContainText("= 100,00%");
  await expect(leader.getByTestId("plan-group-4")).toContainText("Sở Giáo dục và Đào tạo");
  // The communes are ranked by people still to enroll, each with its allocated number reached.
  const ranking = leader.getByTestId("plan-ranking");
  const gaps = (await ranking.locator("tbody tr td:nth-child(6)").allInnerTexts()).map((text) =>
    Number(text.replace(/\./g, "")),
  );
  expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  // A percentage, marked † (with its note for screen readers) when the number reached and the people
  // still to enroll measure different things (components/plans/plan-child-ranking.tsx).
  expect((await ranking.locator("tbody tr").first().locator("td").nth(6).innerText()).trim()).toMatch(
    /^\d{1,3},\d{2}%(?:†[\s\S]*)?$/,
  );
  await expect(leader.getByRole("heading", { name: "Danh sách cần chú ý" })).toBeVisible();
  await shoot(leader, "plan-leader-view");

  // On paper: no site navigation, no buttons, the report on A4 landscape.
  await leader.setViewportSize({ width: 1047, height: 740 });
  await leader.emulateMedia({ media: "print" });
  await expect(leader.locator("body > header")).toBeHidden();
  await expect(leader.getByRole("button", { name: "In / lưu PDF" })).toBeHidden();
  await expect(leader.getByTestId("plan-target")).toBeVisible();
  await shoot(leader, "plan-leader-print");
  await leader.emulateMedia({ media: "screen" });

  // The dashboard links to the plans that apply to the unit.
  await leader.setViewportSize({ width: 1366, height: 900 });
  await leader.goto("/coverage/24");
  await leader.getByTestId("applicable-plans").getByRole("link", { name: number }).click();
  await expect(leader).toHaveURL(new RegExp(`${planUrl}\\?unit=24&month=`));
  await expect(leader.getByTestId("plan-view-heading")).toContainText("Tỉnh Bắc Ninh");
  await leaderContext.close();
});

test("a leader cannot create or change plans", async ({ page }) => {
  await signIn(page, DEMO.leader);
  await page.goto("/plans");
  await expect(page.getByRole("link", { name: "Tạo kế hoạch" })).toHaveCount(0);
  const response = await page.goto("/plans/new");
  expect(response?.status()).toBe(404);
});

test("@phone the leader view of 119/KH-UBND reads on a 360-px screen", async ({ page }) => {
  await signIn(page, DEMO.leader);
  await page.goto("/plans?status=all");
  await page.getByRole("link", { name: "119/KH-UBND" }).click();
  await expect(page.getByTestId("plan-view-heading")).toContainText("Tỉnh Bạc Liêu");
  await expect(page.getByTestId("plan-actual")).toBeVisible();
  await expect(page.getByTestId("plan-groups")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "plan-leader-phone");
});
