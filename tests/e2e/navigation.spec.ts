// Each role's navigation on the demo data (lib/auth/navigation.ts): commune staff, a provincial
// official and the administrator find their main destinations in the header row on a desktop and in
// the bottom bar on a phone (the rest, the administration pages and the account under "Thêm"), the
// current page marked for screen readers and by sight; on a phone the header stays compact. Each
// signs out from where sign-out is in sight. Screenshots are kept under test-results/screenshots/.
import type { Locator, Page } from "@playwright/test";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { shoot } from "./screenshot";
import { DEMO, signIn } from "./sign-in";

const ROLES = [
  {
    name: "commune",
    account: DEMO.wardStaff,
    main: ["Tổng quan", "Báo cáo tháng", "Kế hoạch", "Nhập số liệu", "Xuất số liệu"],
    admin: [],
    visit: { link: "Báo cáo tháng", url: /\/reports\/07777\/\d{4}-\d{2}$/ },
  },
  {
    // On a phone, the export is under "Thêm".
    name: "province",
    account: DEMO.bacNinhOfficial,
    main: ["Tổng quan", "Duyệt báo cáo", "Kế hoạch", "Nhập số liệu", "Xuất số liệu"],
    admin: ["Quản lý người dùng", "Nhật ký hoạt động"],
    visit: { link: "Xuất số liệu", url: /\/reports\/export$/ },
  },
  {
    name: "admin",
    account: DEMO.admin,
    main: ["Tổng quan", "Kế hoạch", "Nhập số liệu", "Xuất số liệu"],
    admin: [
      "Quản lý người dùng",
      "Quy định báo cáo",
      "Nhóm đối tượng",
      "Ngưỡng nông thôn mới",
      "Danh mục đơn vị",
      "Nhật ký hoạt động",
      "Nhật ký bảo mật",
    ],
    visit: { link: "Nhập số liệu", url: /\/reports\/import$/ },
  },
] as const;

type RoleCase = (typeof ROLES)[number];

/** The bottom bar holds this many destinations beside "Thêm" (BOTTOM_BAR_SIZE). */
const IN_BAR = 4;

const UNMARKED = "rgba(0, 0, 0, 0)";

/** The colour of the mark under (header) or above (bottom bar) a destination: transparent when unmarked. */
async function markColour(item: Locator, side: "top" | "bottom"): Promise<string> {
  return item.evaluate((element, edge) => getComputedStyle(element).getPropertyValue(`border-${edge}-color`), side);
}

async function expectMarked(link: Locator, side: "top" | "bottom") {
  await expect(link).toHaveAttribute("aria-current", "page");
  expect(await markColour(link, side)).not.toBe(UNMARKED);
}

async function expectUnmarked(link: Locator, side: "top" | "bottom") {
  await expect(link).not.toHaveAttribute("aria-current");
  expect(await markColour(link, side)).toBe(UNMARKED);
}

async function expectTouchTargets(items: Locator) {
  for (const height of await items.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().height),
  )) {
    expect(height).toBeGreaterThanOrEqual(44);
  }
}

async function checkPhone(page: Page, role: RoleCase) {
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  const navBox = await nav.boundingBox();
  expect(navBox!.y + navBox!.height).toBe(780);
  const bar = nav.locator(":scope > ul > li > a, :scope > ul > li summary");
  await expect(bar).toHaveText([...role.main.slice(0, IN_BAR), "Thêm"]);
  await expectTouchTargets(bar);
  await expectMarked(nav.getByRole("link", { name: "Kế hoạch", exact: true }), "top");

  // "Thêm": the other destinations, the administration pages and the account.
  const moreButton = nav.locator("summary");
  const more = nav.locator("details > div");
  await moreButton.click();
  await expect(more.getByRole("link")).toHaveText([
    ...role.main.slice(IN_BAR),
    ...role.admin,
    "Thông báo",
    "Đổi mật khẩu",
  ]);
  await expect(more.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expectTouchTargets(more.locator("a, button"));
  await shoot(page, `navigation-${role.name}-phone`);
  if (role.name === "admin") await expectAccessible(page, "the phone's open 'Thêm'", { include: "nav" });

  // To the role's task, from the bar or from "Thêm", which closes on the way.
  const inBar = (role.main as readonly string[]).indexOf(role.visit.link) < IN_BAR;
  if (inBar) await moreButton.click();
  await nav.getByRole("link", { name: role.visit.link, exact: true }).click();
  await expect(page).toHaveURL(role.visit.url);
  await expectUnmarked(nav.getByRole("link", { name: "Kế hoạch", exact: true }), "top");
  if (inBar) {
    await expectMarked(nav.getByRole("link", { name: role.visit.link, exact: true }), "top");
    await moreButton.click();
  } else {
    expect(await markColour(moreButton, "top")).not.toBe(UNMARKED);
    await expect(more).toBeHidden();
    await moreButton.click();
    await expect(more.getByRole("link", { name: role.visit.link, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }
  await more.getByRole("button", { name: "Đăng xuất" }).click();
}

async function checkDesktop(page: Page, role: RoleCase) {
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link")).toHaveText([...role.main]);
  await expectMarked(nav.getByRole("link", { name: "Kế hoạch", exact: true }), "bottom");
  await expectUnmarked(nav.getByRole("link", { name: role.visit.link, exact: true }), "bottom");

  // The user menu: the administration pages and the password; sign-out beside it.
  const banner = page.getByRole("banner");
  await banner.locator("summary").click();
  await expect(banner.locator("details").getByRole("link")).toHaveText([...role.admin, "Thông báo", "Đổi mật khẩu"]);
  await shoot(page, `navigation-${role.name}-desktop`);
  if (role.name === "admin") await expectAccessible(page, "the open user menu", { include: "header" });

  await nav.getByRole("link", { name: role.visit.link, exact: true }).click();
  await expect(page).toHaveURL(role.visit.url);
  await expectMarked(nav.getByRole("link", { name: role.visit.link, exact: true }), "bottom");
  await expectUnmarked(nav.getByRole("link", { name: "Kế hoạch", exact: true }), "bottom");
  await banner.getByRole("button", { name: "Đăng xuất" }).click();
}

test("@phone each role finds its destinations, the current one marked, and signs out", async ({ page }) => {
  const phone = test.info().project.name === "phone";
  for (const role of ROLES) {
    // Signed in on the plans (a short page), then to a task of the role.
    await signIn(page, role.account, "/plans");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toHaveCount(1);
    await (phone ? checkPhone(page, role) : checkDesktop(page, role));
    await expect(page).toHaveURL(/\/sign-in/);
  }
});
