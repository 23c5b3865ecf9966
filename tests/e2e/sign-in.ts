// Signs a demo account in through the real sign-in page (accounts: README.md, prisma/seed/accounts.ts).
import { expect, type Cookie, type Page } from "@playwright/test";

import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";

export const DEMO = {
  leader: { username: "lanhdao", password: "demo-lanhdao-2025" },
  bacNinhOfficial: { username: "tinh.bacninh", password: "demo-bacninh-2025" },
  vietYenOfficer: { username: "huyen.vietyen", password: "demo-vietyen-2025" },
  bacLieuOfficial: { username: "tinh.baclieu", password: "demo-baclieu-2025" },
  communeStaff: { username: "xa.nghiatrung", password: "demo-nghiatrung-2025" },
  wardStaff: { username: "phuong.vietyen", password: "demo-phuongvietyen-2025" },
  admin: { username: "admin", password: "demo-admin-2025" },
} as const;

/**
 * Each account's session cookie from its last sign-in through the form in this worker. The form
 * costs a page, a password check and a redirect (measured: 1.4 s of the 5.4 s a sign-in and its first page took); a later
 * test starts with the kept session instead. The sign-in page sends a signed-in user on to the page
 * asked for, and shows the form when the session has ended (a test signed out, or changed the
 * password): then the form is filled as before. Only the session cookie is kept, never the
 * language or anything else, and only after the form signed this account in.
 */
const sessions = new Map<string, Cookie>();

export async function signIn(page: Page, account: { username: string; password: string }, next?: string) {
  const kept = sessions.get(account.username);
  if (kept) await page.context().addCookies([kept]);
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  if (new URL(page.url()).pathname === "/sign-in") {
    await page.getByLabel("Tên đăng nhập").fill(account.username);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    const session = (await page.context().cookies()).find((cookie) => SESSION_COOKIE_NAMES.includes(cookie.name));
    if (session) sessions.set(account.username, session);
  }
}
