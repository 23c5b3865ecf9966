// Full-page screenshots kept under test-results/screenshots/ for people to look at (CI keeps them
// with the run). Not compared with anything.
import type { Page } from "@playwright/test";

export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
