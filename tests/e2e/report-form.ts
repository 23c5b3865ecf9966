// Filling a commune's monthly report form in the browser, shared by the entry and full-cycle specs.
import type { Page } from "@playwright/test";

/** A count as the form shows it once typed: 16984 → "16.984". */
export const viCount = (value: number) => new Intl.NumberFormat("vi-VN").format(value);

/** "16.984" → 16984. */
export const readCount = (text: string) => Number(text.replace(/\./g, ""));

export const GROUPS = ["1", "2", "3", "4", "5"] as const;

// An earlier spec (or run) may have left the month submitted: its buttons then read "Lưu và gửi lại"
// and "Rút về để sửa" (withdraw to a draft), and the draft's message says it was withdrawn.
/** The button that submits the report, whatever the report's state. */
export const submitButton = (page: Page) => page.getByRole("button", { name: /^(Gửi báo cáo|Lưu và gửi lại)$/ });
/** The button that saves the report as a draft, whatever the report's state. */
export const draftButton = (page: Page) => page.getByRole("button", { name: /^(Lưu nháp|Rút về để sửa)$/ });
/** The message after a draft is saved. */
export const DRAFT_SAVED = /Đã lưu bản nháp báo cáo|Đã rút báo cáo tháng \d+\/\d{4} về bản nháp/;

/** "Tháng trước: 1.234" under a field → 1234. */
export async function lastMonthOf(page: Page, id: string): Promise<number> {
  const text = await page.locator(`#field-${id}-last`).innerText();
  const match = /:\s*([\d.]+)$/.exec(text.trim());
  if (!match) throw new Error(`No last-month value under ${id}: "${text}"`);
  return Number(match[1]!.replace(/\./g, ""));
}

/** Fills the whole form with last month's figures (a month without news). */
export async function fillLikeLastMonth(page: Page) {
  await page.getByLabel("Dân số", { exact: true }).fill(String(await lastMonthOf(page, "population")));
  await page
    .getByLabel("BHXH tự nguyện: số người tham gia")
    .fill(String(await lastMonthOf(page, "voluntarySocialInsured")));
  await page
    .getByLabel("BHXH tự nguyện: số được giao")
    .fill(String(await lastMonthOf(page, "voluntarySocialAssigned")));
  for (const group of GROUPS) {
    for (const [field, label] of [
      ["insured", "Số người có thẻ"],
      ["eligible", "Số người thuộc diện"],
      ["newlyEnrolled", "Tham gia mới"],
      ["renewed", "Tái tục"],
    ] as const) {
      const value = await lastMonthOf(page, `g${group}-${field}`);
      await page.getByLabel(`Nhóm ${group} – ${label}`, { exact: true }).fill(String(value));
    }
  }
}

/** Types a reason into every warning on the page. */
export async function confirmWarnings(page: Page, reason: string) {
  const reasons = page.getByLabel("Lý do xác nhận");
  for (let i = 0; i < (await reasons.count()); i++) await reasons.nth(i).fill(reason);
}

/** The people insured over all groups, as the form holds them. */
export async function insuredTotal(page: Page): Promise<number> {
  let total = 0;
  for (const group of GROUPS) {
    total += readCount(await page.getByLabel(`Nhóm ${group} – Số người có thẻ`, { exact: true }).inputValue());
  }
  return total;
}
