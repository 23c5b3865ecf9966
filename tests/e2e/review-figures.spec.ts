// The review with the figures (issue 14, item 8), on the demo data: Bắc Ninh's provincial official
// opens a submitted report's figures per group, reads this month and last month against the
// commune's own report page, sees the warning the commune confirmed with its reason, and opens the
// return panel, which fits its column. Reads only: it can run again on the same database.
// A screenshot of the row, its figures and the return panel open is kept under
// test-results/screenshots/, at both widths.
import type { Locator, Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shootPart } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

/** Each group's table in the review row, as shown: caption, then this month's and last month's cells. */
function groupTables(figures: Locator) {
  return figures.getByRole("table").evaluateAll((tables) =>
    tables.map((table) => {
      const cells = [...table.querySelectorAll("tbody tr")].map((row) =>
        [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
      );
      const [insured, eligible, rate] = cells as [string[], string[], string[]];
      return {
        caption: table.querySelector("caption")?.textContent ?? "",
        insured: insured[0]!,
        eligible: eligible[0]!,
        rate: rate[0]!,
        previousInsured: insured[1]!,
        previousEligible: eligible[1]!,
        previousRate: rate[1]!,
      };
    }),
  );
}

/** The same figures on the report page: the read-only fields, the rate and last month's values beside them. */
function reportFigures(page: Page, groups: readonly string[]) {
  return page.evaluate(
    (codes) =>
      codes.map((code) => {
        const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
        const value = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value ?? "";
        return {
          insured: value(`#field-g${code}-insured`),
          eligible: value(`#field-g${code}-eligible`),
          readOnly: document.querySelector<HTMLInputElement>(`#field-g${code}-insured`)?.readOnly ?? false,
          rate: text(`[data-testid="rate-group-${code}"]`),
          previousInsured: text(`#field-g${code}-insured-last`),
          previousEligible: text(`#field-g${code}-eligible-last`),
          section: text(`[data-testid="group-${code}"]`),
        };
      }),
    groups,
  );
}

const GROUPS = ["1", "2", "3", "4", "5"] as const;

test("@phone a provincial reviewer checks a report's group figures, its confirmed warning and the report itself", async ({
  page,
}, testInfo) => {
  const width = testInfo.project.name;
  await signIn(page, DEMO.bacNinhOfficial, "/review/24?status=pending");
  // A submitted report whose commune confirmed a warning (the demo's month being collected has some).
  const candidate = page
    .getByTestId("review-list")
    .locator("li")
    .filter({ has: page.getByTestId("confirmed-warnings") })
    .last();
  const code = (await candidate.getAttribute("data-testid"))!.replace("review-row-", "");
  const row = page.getByTestId(`review-row-${code}`);
  const name = (await row.getByRole("link").first().innerText()).trim();

  // The warning with the reason the commune gave.
  await expect(row.getByTestId("confirmed-warnings").getByRole("listitem").first()).toHaveText(
    /^.+: .+ — lý do: .{10,}$/,
  );

  // The figures per group, against last month.
  const figures = row.getByTestId(`group-figures-${code}`);
  await figures.getByText(/^Số liệu 5 nhóm đối tượng so với tháng \d+\/\d{4}$/).click();
  await expect(figures.getByRole("table")).toHaveCount(GROUPS.length);
  const shown = await groupTables(figures);
  expect(shown.map((table) => table.caption.split(":")[0])).toEqual(GROUPS.map((code) => `Nhóm ${code}`));
  // Vietnamese formats: 16.984 and 99,57%.
  expect(shown[0]!.insured).toMatch(/^\d{1,3}(\.\d{3})*$/);
  expect(shown[0]!.rate).toMatch(/^\d{1,3},\d{2}%$/);

  // The return panel fits its column, at both widths.
  await row.getByText("Trả lại", { exact: true }).click();
  const form = row.locator("form").filter({ has: page.getByLabel("Ý kiến gửi xã") });
  await expect(form).toBeVisible();
  const [formBox, rowBox] = [await form.boundingBox(), await row.boundingBox()];
  expect(formBox!.x + formBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "the group figures and the return panel", {
    include: `[data-testid="review-row-${code}"]`,
  });
  await shootPart(row, `review-figures-${width}`);

  // The same figures on the commune's report page, read-only for the reviewer.
  await figures.getByRole("link", { name: `Xem báo cáo đầy đủ của ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${code}/\\d{4}-\\d{2}$`));
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await expect(page.locator("#field-g1-insured")).toBeVisible();
  const count = (text: string) => text.replace(/\./g, "");
  const onReport = await reportFigures(page, GROUPS);
  for (const [i, report] of onReport.entries()) {
    const review = shown[i]!;
    expect(report.readOnly).toBe(true);
    expect([count(report.insured), count(report.eligible), report.rate]).toEqual([
      count(review.insured),
      count(review.eligible),
      review.rate,
    ]);
    expect([report.previousInsured, report.previousEligible]).toEqual([
      `Tháng trước: ${review.previousInsured}`,
      `Tháng trước: ${review.previousEligible}`,
    ]);
    expect(report.section).toContain(`tháng trước ${review.previousRate}`);
  }
});
