// The official of old Bạc Liêu (95) after the July 2025 reorganisation: in today's structure they
// open the new communes their communes went into, never new Cà Mau (96) as a whole nor its communes
// formed from old Cà Mau alone; the review page and the export form agree (rule in
// lib/permissions/scope.ts). Screenshots under test-results/screenshots/.
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

test("the official of old Bạc Liêu reads the new communes formed from it, not new Cà Mau", async ({ page }) => {
  await signIn(page, DEMO.bacLieuOfficial);

  // Phường Bạc Liêu (31825) was formed from five wards of old Bạc Liêu.
  const own = await page.goto("/coverage/31825?view=current");
  expect(own?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Bạc Liêu");
  await expect(page.getByText("Đang xem theo cơ cấu hiện nay")).toBeVisible();
  // Its province is named in the breadcrumb, not linked: the official may not open it.
  await expect(
    page.getByRole("navigation", { name: "Đường dẫn đơn vị" }).getByRole("link", { name: "Tỉnh Cà Mau" }),
  ).toHaveCount(0);
  await shoot(page, "scope-bac-lieu-new-commune");

  for (const path of [
    "/coverage/96?view=current",
    "/coverage/32002?view=current",
    "/coverage/96?month=2025-06",
    "/review/96",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByText("Tỉnh Cà Mau")).toHaveCount(0);

  // The export form offers the new communes formed from old Bạc Liêu, and nothing else of new Cà Mau.
  await page.goto("/reports/export");
  const units = page.locator("#export-unit option");
  await expect(units.filter({ hasText: "Phường Bạc Liêu" })).toHaveCount(1);
  await expect(units.filter({ hasText: "Tỉnh Cà Mau" })).toHaveCount(0);
  await expect(units.filter({ hasText: "Phường An Xuyên" })).toHaveCount(0);
});
