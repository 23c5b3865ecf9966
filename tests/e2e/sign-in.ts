// Signs a demo account in through the real sign-in page (accounts: README.md, prisma/seed/accounts.ts).
import { expect, type Page } from "@playwright/test";

export const DEMO = {
  leader: { username: "lanhdao", password: "demo-lanhdao-2025" },
  bacNinhOfficial: { username: "tinh.bacninh", password: "demo-bacninh-2025" },
  vietYenOfficer: { username: "huyen.vietyen", password: "demo-vietyen-2025" },
  bacLieuOfficial: { username: "tinh.baclieu", password: "demo-baclieu-2025" },
  communeStaff: { username: "xa.nghiatrung", password: "demo-nghiatrung-2025" },
  wardStaff: { username: "phuong.vietyen", password: "demo-phuongvietyen-2025" },
  admin: { username: "admin", password: "demo-admin-2025" },
} as const;

export async function signIn(page: Page, account: { username: string; password: string }, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
