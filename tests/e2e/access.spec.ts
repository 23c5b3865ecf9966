// Who sees what: pages need a session, commune staff see only their own commune, a provincial
// official creates a commune account inside the province, and the official of a province abolished
// in 2025 sees its accounts read-only.
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

test("pages need a session and return to the page asked for after sign-in", async ({ page }) => {
  await page.goto("/coverage/24?month=2025-09");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await shoot(page, "sign-in");
  await page.getByLabel("Tên đăng nhập").fill(DEMO.bacNinhOfficial.username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO.bacNinhOfficial.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2025-09/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh");
});

test("a wrong password is refused with a Vietnamese message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(DEMO.leader.username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
});

test("commune staff see their own commune and are refused another province", async ({ page }) => {
  await signIn(page, DEMO.communeStaff);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Xã Nghĩa Trung");
  await expect(page.getByTestId("card-coverage-rate")).toBeVisible();
  // The province above is named in the breadcrumb but is not a link.
  await expect(page.getByRole("navigation", { name: "Đường dẫn đơn vị" }).getByRole("link")).toHaveCount(0);
  await shoot(page, "commune-staff-home");

  const response = await page.goto("/coverage/95?month=2021-12");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Không tìm thấy đơn vị")).toBeVisible();
  await expect(page.getByText("Tỉnh Bạc Liêu")).toHaveCount(0);

  const country = await page.goto("/coverage/VN?month=2025-06");
  expect(country?.status()).toBe(404);
});

test("a provincial official creates a commune account inside the province", async ({ page }) => {
  await signIn(page, DEMO.bacNinhOfficial);
  await page.goto("/admin/users/new");
  const username = `xa.e2e${Date.now() % 100000}`;
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Nguyễn Văn Thử");
  await page.getByLabel("Vai trò").selectOption("COMMUNE_STAFF");
  const unitSelect = page.getByLabel("Đơn vị phụ trách");
  const firstCommune = unitSelect.locator("option", { hasText: /(Xã|Phường) .*\(\d{5}\)/ }).first();
  await unitSelect.selectOption((await firstCommune.getAttribute("value")) ?? "");
  await page.getByLabel("Mật khẩu ban đầu").fill("mat-khau-ban-dau-1");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${username}.`)).toBeVisible();
  await shoot(page, "user-created");
});

test("the official of a province abolished in 2025 sees its accounts but can no longer create or change any", async ({
  page,
}) => {
  await signIn(page, DEMO.bacLieuOfficial, "/admin/users");
  await expect(
    page.getByText("Đơn vị của bạn không còn sau sắp xếp đơn vị hành chính: bạn chỉ xem được danh sách tài khoản."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Tạo tài khoản" })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "tinh.baclieu" })).toBeVisible();
  await shoot(page, "users-ended-unit");
  await page.goto("/admin/users/new");
  await expect(page.getByText(/^Bạn không tạo được tài khoản: đơn vị của bạn không còn sau sắp xếp/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Tạo tài khoản" })).toHaveCount(0);
});
