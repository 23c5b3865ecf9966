// Partial months in the browser, on the demo data as on 29 November 2026 (playwright.config.ts): the
// dashboard opens on October 2026, whose deadline (5 November) has passed while some communes have
// still not reported. Its figures say they are provisional; the ranking names the units without a
// counted report instead of showing zeros, keeps them after the others and counts and filters them; the
// approved-only switch changes the figures and stays in the URL; and a commune's submission is on
// the province's dashboard when the reviewer looks again. The specs read the counts from the page,
// so that they hold on a database other specs have changed. Screenshots under test-results/screenshots/.
import type { Browser, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { confirmWarnings, fillLikeLastMonth, insuredTotal, lastMonthOf, submitButton, viCount } from "./report-form";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const COLLECTED = "2026-10";
const WARD = { code: "07777", name: "Phường Việt Yên" };

/** "1.234" → 1234. */
const count = (text: string) => Number(text.replace(/\./g, ""));

/** "Đã nộp: 88/99 đơn vị cơ sở" → { reporting: 88, total: 99 }. */
async function reportingCount(page: Page): Promise<{ reporting: number; total: number }> {
  const text = await page.getByTestId("reporting-count").innerText();
  const match = /([\d.]+)\/([\d.]+)/.exec(text);
  if (!match) throw new Error(`No x/y in "${text}"`);
  return { reporting: count(match[1]!), total: count(match[2]!) };
}

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("@phone the month being collected says its figures are provisional, and the ranking names who has not reported", async ({
  page,
}) => {
  // A long path (a sign-in, seven page loads of a province with its 99 communes): slow on a shared machine.
  test.slow();
  await signIn(page, DEMO.bacNinhOfficial);
  // Without a month the dashboard opens on October: its deadline has passed.
  await page.goto("/coverage/24");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh · tháng 10/2026");
  const { reporting, total } = await reportingCount(page);
  expect(reporting).toBeLessThan(total);

  const banner = page.getByTestId("provisional-banner");
  await expect(banner).toContainText("Số liệu tạm thời");
  await expect(banner).toContainText(
    `${viCount(reporting)}/${viCount(total)} đơn vị cơ sở đã nộp báo cáo tháng 10/2026`,
  );
  await expect(banner).toContainText("Đã quá hạn nộp (hết ngày 05/11/2026)");
  await expect(banner).toContainText(`chưa gồm ${viCount(total - reporting)} đơn vị còn thiếu`);
  // People still to enroll (and attainment, where a number was assigned) are marked provisional.
  await expect(page.getByTestId("card-gap")).toContainText("Tạm thời");
  await expect(page.getByTestId("card-coverage-rate")).not.toContainText("Tạm thời");

  // The communes without a counted report read "chưa báo cáo", not zeros, after all the others.
  const ranking = page.getByTestId("child-ranking");
  const rows = ranking.locator("tbody tr");
  await expect(rows).toHaveCount(total);
  const notReported = rows.filter({ has: page.getByTestId("not-reported") });
  await expect(notReported).toHaveCount(total - reporting);
  await expect(notReported.first()).toContainText("chưa báo cáo");
  await expect(notReported.first().locator("td").first()).toHaveText("–");
  const reportedOrder = async () =>
    (await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("[data-testid=not-reported]") !== null))).join(
      ",",
    );
  const expectedOrder = [...Array(reporting).fill(false), ...Array(total - reporting).fill(true)].join(",");
  expect(await reportedOrder()).toBe(expectedOrder);
  await notReported.first().scrollIntoViewIfNeeded();
  await shoot(page, `partial-month-province-${test.info().project.name}`);
  await noOverflow(page);

  // Sorted by people still to enroll, they stay after the others.
  await page.getByTestId("ranking-sort").selectOption("gap");
  await expect(page).toHaveURL(/sort=gap/);
  await expect.poll(reportedOrder).toBe(expectedOrder);

  // They have their own count, which filters; the choice is in the URL and survives a change of sort and of month.
  const chip = page
    .getByTestId("ranking-status-filter")
    .getByRole("button", { name: `Chưa báo cáo ${viCount(total - reporting)}` });
  await chip.click();
  await expect(page).toHaveURL(/status=notReported/);
  await expect(rows).toHaveCount(total - reporting);
  await expect(ranking.getByTestId("not-reported")).toHaveCount(total - reporting);
  await page.getByTestId("ranking-sort").selectOption("rate");
  await expect(page).toHaveURL(/status=notReported/);
  await expect(rows).toHaveCount(total - reporting);
  await page.locator("select[name=month]").selectOption("2026-09");
  await expect(page).toHaveURL(/month=2026-09.*status=notReported/);
  // September is complete: no banner, nothing marked provisional.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 9/2026");
  await expect(page.getByTestId("provisional-banner")).toHaveCount(0);
  await expect(page.getByTestId("card-gap")).not.toContainText("Tạm thời");
});

test("a parent whose base units reported in part is provisional in the ranking", async ({ page }) => {
  await signIn(page, DEMO.leader);
  await page.goto(`/coverage/VN?month=${COLLECTED}`);
  const rows = page.getByTestId("child-ranking").locator("tbody tr");
  const bacNinh = rows.filter({ has: page.getByRole("link", { name: "Tỉnh Bắc Ninh" }) });
  await expect(bacNinh.getByTestId("ranking-provisional")).toHaveText("tạm thời");
  await expect(bacNinh).not.toContainText("chưa báo cáo");
  await shoot(page, "partial-month-national");

  // In English.
  await page.context().addCookies([{ name: "locale", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.getByTestId("provisional-banner")).toContainText("Provisional figures");
  await expect(page.getByTestId("provisional-banner")).toContainText("have submitted their report for Oct 2026");
  await expect(bacNinh.getByTestId("ranking-provisional")).toHaveText("provisional");
});

test("@phone the approved-only switch changes the figures and stays on through a change of month and a drill-down", async ({
  page,
}) => {
  await signIn(page, DEMO.leader);
  await page.goto(`/coverage/VN?month=${COLLECTED}`);
  const submitted = await reportingCount(page);
  await expect(page.getByTestId("reporting-count")).toContainText("Đã nộp:");

  await page.getByTestId("basis-toggle").getByRole("link", { name: "đã duyệt" }).click();
  await expect(page).toHaveURL(/data=approved/);
  await expect(page.getByTestId("reporting-count")).toContainText("Đã duyệt:");
  const approved = await reportingCount(page);
  // October is being collected: fewer reports are approved than submitted.
  expect(approved.total).toBe(submitted.total);
  expect(approved.reporting).toBeLessThan(submitted.reporting);
  await expect(page.getByTestId("provisional-banner")).toContainText(
    `${viCount(approved.reporting)}/${viCount(approved.total)} đơn vị cơ sở có báo cáo tháng 10/2026 đã được duyệt`,
  );
  await expect(page.getByTestId("basis-toggle").locator("[aria-current=true]")).toHaveText("đã duyệt");
  await shoot(page, `partial-month-approved-${test.info().project.name}`);
  await noOverflow(page);

  // Another month: still approved only.
  await page.locator("select[name=month]").selectOption("2026-09");
  await expect(page).toHaveURL(/month=2026-09.*data=approved/);
  await expect(page.getByTestId("basis-toggle").locator("[aria-current=true]")).toHaveText("đã duyệt");
  await expect(page.getByTestId("reporting-count")).toContainText("Đã duyệt:");

  // Down to a province, and back up through the breadcrumb: still approved only.
  await page.getByTestId("child-ranking").getByRole("link", { name: "Tỉnh Bắc Ninh" }).click();
  await expect(page).toHaveURL(/\/coverage\/24\?month=2026-09.*data=approved/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh · tháng 9/2026");
  await expect(page.getByTestId("reporting-count")).toContainText("Đã duyệt:");
  await page.getByRole("navigation", { name: "Đường dẫn đơn vị" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/coverage\/VN\?month=2026-09.*data=approved/);

  // Back to the submitted figures.
  await page.getByTestId("basis-toggle").getByRole("link", { name: "đã nộp" }).click();
  await expect(page).not.toHaveURL(/data=approved/);
  await expect(page.getByTestId("reporting-count")).toContainText("Đã nộp:");
});

/** A signed-in page in a browser context of its own (the project's options), so that two people work side by side. */
async function personOf(browser: Browser, account: { username: string; password: string }, next: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, next);
  return page;
}

test("@phone a ward's submission is on the province's dashboard when the reviewer looks again", async ({ browser }) => {
  // Two people, two sign-ins and a whole report form: slow on a shared machine.
  test.slow();
  // The provincial reviewer has October's dashboard of Bắc Ninh open.
  const reviewer = await personOf(browser, DEMO.bacNinhOfficial, `/coverage/24?month=${COLLECTED}`);
  const wardRow = reviewer
    .getByTestId("child-ranking")
    .locator("tbody tr")
    .filter({ has: reviewer.getByRole("link", { name: WARD.name, exact: true }) });
  await expect(wardRow).toHaveCount(1);
  const before = await reportingCount(reviewer);
  const wasCounted = (await wardRow.getByTestId("not-reported").count()) === 0;

  // The ward's staff submit October's report, with figures that differ from run to run.
  const ward = await personOf(browser, DEMO.wardStaff, `/reports/${WARD.code}/${COLLECTED}`);
  await fillLikeLastMonth(ward);
  await ward
    .getByLabel("Nhóm 5 – Số người có thẻ", { exact: true })
    .fill(String((await lastMonthOf(ward, "g5-insured")) + 1 + (Date.now() % 50)));
  await confirmWarnings(ward, "Đã đối chiếu với danh sách thu của BHXH");
  await submitButton(ward).click();
  await expect(ward.getByTestId("entry-message")).toContainText("Đã gửi báo cáo tháng 10/2026 để duyệt");
  const insured = await insuredTotal(ward);

  // A moment later the reviewer reloads the dashboard: the ward's figures are in.
  await reviewer.reload();
  await expect(wardRow.getByTestId("not-reported")).toHaveCount(0);
  await expect(wardRow.locator("td").nth(3)).toHaveText(viCount(insured));
  await expect(wardRow.getByTestId("ranking-reporting")).toHaveText("1/1");
  await expect
    .poll(() => reportingCount(reviewer))
    .toEqual({ reporting: before.reporting + (wasCounted ? 0 : 1), total: before.total });
  await wardRow.scrollIntoViewIfNeeded();
  await shoot(reviewer, `partial-month-after-submit-${test.info().project.name}`);
  await reviewer.context().close();
  await ward.context().close();
});
