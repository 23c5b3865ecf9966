// The main journeys with the keyboard only, the focus visible at every stop: sign-in; the month and
// language switches of the dashboard; a provincial reviewer returning one report with a comment and
// approving another; an official importing a file (template, file, preview, import); commune staff
// whose save is refused, taken to the summary of errors and from it to the field, then sending the
// report; an official editing a plan. The tests never click: they move with Tab and act with Enter, Space and the
// arrow keys. To spare dozens of Tabs through long lists, a test may put the focus on a row's link
// first (`focus()`, as a screen reader's list of links would) and tab on from there.
import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { lastMonthOf, submitButton } from "./report-form";
import { DEMO } from "./sign-in";

/** The focused element shows it: an outline or a ring (box-shadow), not a focus style removed. */
async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const shown = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  });
  expect(shown, "the focused element has a visible outline or ring").toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking at each stop that the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 40, key: "Tab" | "Shift+Tab" = "Tab") {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate((wanted) => {
      const element = document.activeElement;
      if (!element || element === document.body) return { reached: false, visible: true, element: "body" };
      const style = getComputedStyle(element);
      const visible =
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      return { reached: element === wanted, visible, element: element.outerHTML.slice(0, 120) };
    }, handle);
    expect(stop.visible, `the focus is visible on ${stop.element}`).toBe(true);
    if (stop.reached) return;
  }
  throw new Error(`${target} not reached in ${max} presses of ${key}`);
}

/** Signs in by typing: the user name field has the focus when the page opens. */
async function signInByKeyboard(page: Page, account: { username: string; password: string }, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await expectFocusVisible(page.getByLabel("Tên đăng nhập"));
  await page.keyboard.type(account.username);
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByLabel("Mật khẩu", { exact: true }));
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test("the dashboard's month and language switches work from the keyboard", async ({ page }) => {
  await signInByKeyboard(page, DEMO.leader, "/coverage/95?month=2021-12");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bạc Liêu · tháng 12/2021");

  // The month list: an arrow key moves to the month before (the list runs newest first).
  const month = page.locator("select[name=month]");
  await tabTo(page, month);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/month=2021-11/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 11/2021");

  // The link to the month before, just before the list.
  await expectFocusVisible(month);
  const previous = page.getByRole("link", { name: "Tháng trước" });
  await tabTo(page, previous, 3, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/month=2021-10/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 10/2021");

  // The language, in the header above.
  const language = page.getByRole("combobox", { name: /^Ngôn ngữ/ });
  await tabTo(page, language, 20, "Shift+Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Coverage rate").first()).toBeVisible();
  await expectFocusVisible(page.getByRole("combobox", { name: /^Language/ }));
});

test("a reviewer returns a report with a comment and approves another from the keyboard", async ({ page }) => {
  await signInByKeyboard(page, DEMO.bacNinhOfficial, "/review/24?status=pending");
  const pending = page
    .getByTestId("review-list")
    .locator("li")
    .filter({ has: page.getByTestId("report-status").getByText("Đã gửi, chờ duyệt", { exact: true }) })
    .filter({ hasNot: page.getByText("07777", { exact: true }) });
  await expect(pending.nth(2)).toBeVisible();
  // From the end of the list: the other specs take the last rows, this one the ones before.
  const toReturn = page.getByTestId((await pending.nth(-2).getAttribute("data-testid"))!);
  const toApprove = page.getByTestId((await pending.nth(-3).getAttribute("data-testid"))!);

  // Return: open the form with Enter, type the comment, send with Enter.
  const name = (await toReturn.getByRole("link").first().innerText()).trim();
  await toReturn.getByRole("link").first().focus();
  await tabTo(page, toReturn.getByText("Trả lại", { exact: true }), 5);
  await page.keyboard.press("Enter");
  const comment = toReturn.getByLabel("Ý kiến gửi xã");
  await tabTo(page, comment, 3);
  await page.keyboard.type("Nhóm 2: số thuộc diện giảm bất thường, đề nghị kiểm tra (bàn phím).");
  await expectAccessible(page, "the return form, typed in", {
    include: `[data-testid="${await toReturn.getAttribute("data-testid")}"]`,
  });
  await tabTo(page, toReturn.getByRole("button", { name: "Trả lại cho xã" }), 3);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("review-notice")).toContainText(`Đã trả lại báo cáo của ${name} cho xã sửa.`);

  // Approve: Space on the button.
  const approvedName = (await toApprove.getByRole("link").first().innerText()).trim();
  await toApprove.getByRole("link").first().focus();
  await tabTo(page, toApprove.getByRole("button", { name: "Duyệt", exact: true }), 5);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("review-notice")).toContainText(`Đã duyệt báo cáo của ${approvedName}.`);
});

test("an official imports a file from the keyboard: template, file, preview and import", async ({ page }) => {
  await signInByKeyboard(page, DEMO.bacNinhOfficial, "/reports/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ tệp Excel hoặc CSV");
  await tabTo(page, page.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }), 40);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Số liệu")!;
  // Phường Việt Yên's month filled in as last month (the template's second sheet); the other rows
  // emptied. (The ward's month may be in any state here: the specs that enter it take it as it is.)
  const lastMonth = workbook.getWorksheet("Tháng trước")!;
  const rowOf = (of: ExcelJS.Worksheet) =>
    [...Array(of.rowCount).keys()]
      .map((index) => index + 1)
      .find((row) => of.getRow(row).getCell(1).value === "07777")!;
  const ward = rowOf(sheet);
  for (let column = 4; column <= 26; column++)
    sheet.getRow(ward).getCell(column).value = lastMonth.getRow(rowOf(lastMonth)).getCell(column).value;
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (row === ward) continue;
    sheet.getRow(row).eachCell((cell) => {
      cell.value = null;
    });
  }

  // The file input opens the file chooser with Space, as a button does.
  await tabTo(page, page.getByLabel("Tệp số liệu"), 10);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles({
    name: "bac-ninh-ban-phim.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await tabTo(page, page.getByRole("button", { name: "Kiểm tra và xem trước" }), 10);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("import-counts")).toContainText("Lỗi0");
  await tabTo(page, page.getByRole("button", { name: "Nhập 1 báo cáo" }), 80);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Đã nhập xong" })).toBeVisible();
});

test("a refused save takes the focus to the summary of errors, and its link to the field", async ({ page }) => {
  await signInByKeyboard(page, DEMO.wardStaff, "/reports");
  await expect(page).toHaveURL(/\/reports\/07777\/\d{4}-\d{2}$/);
  const population = page.getByLabel("Dân số", { exact: true });
  await tabTo(page, population, 60);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Tab");

  // The error is beside the field, bound to it and announced.
  const error = page.locator("#field-population-error");
  await expect(error).toHaveText(/^Dân số: chưa nhập/);
  await expect(error).toHaveAttribute("aria-live", "polite");
  await expect(population).toHaveAttribute("aria-invalid", "true");
  await expect(population).toHaveAccessibleDescription(/Dân số: chưa nhập/);

  // Sending: refused, the focus on the summary.
  await tabTo(page, submitButton(page), 120);
  await page.keyboard.press("Enter");
  const summary = page.getByTestId("check-summary");
  await expect(summary).toContainText("Chưa lưu được báo cáo");
  await expect(summary).toHaveAttribute("role", "alert");
  await expectFocusVisible(summary);

  // Its first link leads to the field.
  await page.keyboard.press("Tab");
  const link = summary.getByRole("link", { name: /^Dân số: chưa nhập/ });
  await expectFocusVisible(link);
  await page.keyboard.press("Enter");
  await expectFocusVisible(population);
  await page.keyboard.type(String(await lastMonthOf(page, "population")));
  await page.keyboard.press("Tab");
  await expect(error).toHaveText("");

  // Corrected, the report (filled in by the import above) is sent from the keyboard.
  await tabTo(page, submitButton(page), 120);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("entry-message")).toContainText(/^Đã gửi báo cáo tháng \d+\/\d{4} để duyệt/);
});

test("an official edits a plan from the keyboard", async ({ page }) => {
  await signInByKeyboard(page, DEMO.bacNinhOfficial, "/plans");
  // From the plan's link in the list (focused as a screen reader's list of links would), then Tab only.
  const planLink = page.getByRole("link", { name: "DEMO-2026/KH-UBND" });
  await planLink.focus();
  await expectFocusVisible(planLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  await tabTo(page, page.getByRole("link", { name: "Sửa kế hoạch" }), 40);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/plans\/\d+\/edit$/);

  const notes = page.getByLabel("Ghi chú");
  await tabTo(page, notes, 40);
  const note = `Rà soát bằng bàn phím ${Date.now() % 1000}`;
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(note);
  await tabTo(page, page.getByRole("button", { name: "Lưu kế hoạch" }), 200);
  await page.keyboard.press("Enter");
  // Saved, the plan's page shows it.
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  await expect(page.getByText(note)).toBeVisible();
});
