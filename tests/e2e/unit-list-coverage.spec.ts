// An administrator imports a unit list of named provinces, and a large change waits for the number
// typed by hand. To leave the demo as it was, the list opens a made-up province 99 with 60 communes
// from January 2099, then an empty list of province 99 for the same month deletes them (units opened
// on a list's own date without data are deleted): a change of 61 units and a province, which asks
// for "61" to be typed. Screenshots under test-results/screenshots/.
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const HEADER = "province_code,province_name,ward_code,ward_name,ward_type";
/** An import rebuilds the store of counted figures in its transaction: seconds on the demo data. */
const IMPORTED = { timeout: 60_000 };
const communes = Array.from({ length: 60 }, (_, i) => `99,Tỉnh Thử Nghiệm,${99001 + i},Xã Thử ${i + 1},Xã`);

test("a large change of a unit list is written only after the number of units is typed", async ({ page }) => {
  // Two imports, each rebuilding the store: more than the suite's 60 s on a busy machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.admin);
  await page.goto("/admin/units/import");
  const list = page.locator("section", { has: page.getByRole("heading", { name: "1. Danh mục đơn vị (GSO)" }) });
  const choose = async (rows: string[], name: string) => {
    await list
      .getByLabel("Tệp danh mục")
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from([HEADER, ...rows].join("\n")) });
    await list.getByLabel("Hiệu lực từ tháng").fill("2099-01");
    await list.getByRole("radio", { name: /^Một số tỉnh/ }).check();
    await list.getByLabel("Mã các tỉnh trong tệp").fill("99");
    await list.getByRole("button", { name: "Xem trước" }).click();
  };

  // Opening units is not a large change: confirmed with a click.
  await choose(communes, "tinh-99.csv");
  await expect(list.getByTestId("list-coverage")).toHaveText("Phạm vi: tỉnh 99");
  await expect(list.getByTestId("count-opened")).toContainText("61");
  await expect(list.getByTestId("count-closed")).toContainText("0");
  await expect(list.getByTestId("list-change-warning")).toHaveCount(0);
  await list.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(list.getByText("Đã nhập danh mục: 61 đơn vị mới, 0 chấm dứt")).toBeVisible(IMPORTED);

  // An empty list of province 99 deletes the province and its 60 communes: shown first, typed to confirm.
  await choose([], "tinh-99-rong.csv");
  const warning = list.getByTestId("list-change-warning");
  await expect(warning).toContainText("Thay đổi lớn");
  await expect(warning).toContainText("61 đơn vị sẽ chấm dứt hoặc bị xoá.");
  await expect(warning).toContainText("99 Tỉnh Thử Nghiệm: bị xoá");
  const confirm = list.getByRole("button", { name: "Xác nhận nhập" });
  await expect(confirm).toBeDisabled();
  const typed = list.getByLabel("Nhập 61 (số đơn vị bị thay đổi) để xác nhận");
  await typed.fill("60");
  await expect(confirm).toBeDisabled();
  await shoot(page, "units-import-typed-confirmation");
  await typed.fill("61");
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(list.getByText("Đã nhập danh mục: 0 đơn vị mới, 0 chấm dứt")).toBeVisible(IMPORTED);

  // The units are gone: the first list opens them again.
  await choose(communes, "tinh-99.csv");
  await expect(list.getByTestId("count-opened")).toContainText("61");
});
