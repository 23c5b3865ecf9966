// Screenshots of full pages, or of parts of them, kept under test-results/screenshots/ for people to
// look at (CI keeps them with the run). Not compared with anything.
import type { Locator, Page } from "@playwright/test";

export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** One part of a page (a row and its open panels), where a full page would bury it. */
export async function shootPart(part: Locator, name: string) {
  await part.screenshot({ path: `test-results/screenshots/${name}.png` });
}
