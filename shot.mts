import { chromium, devices } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const lang of ["vi", "en"]) {
  const context = await browser.newContext({ ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, baseURL: "http://127.0.0.1:3100" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill("phuong.vietyen");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("demo-phuongvietyen-2025");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL("http://127.0.0.1:3100/");
  if (lang === "en") { await context.addCookies([{ name: "locale", value: "en", url: "http://127.0.0.1:3100" }]); await page.reload(); }
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(4000);
  await context.setOffline(true);
  await context.route("**", (route) => (route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback()));
  await page.goto("/reports/07777/2026-11");
  await page.locator("#field-g1-renewed").fill("154");
  await page.getByRole("button", { name: /Lưu nháp|Rút về|draft|Withdraw/i }).click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/offline-phone-${lang}.png` });
  await page.getByTestId("connection-status").locator("summary").click();
  await page.screenshot({ path: `/tmp/offline-phone-open-${lang}.png` });
  await context.close();
}
await browser.close();
