// English is complete (issue 15, part 6): each role signs in, switches to English with the header's
// switch, and walks its pages; together they visit every page of app/ (the first test fails when a
// page.tsx is added without a walk entry). A page fails on any visible text with Vietnamese letters
// (text, the selected option of a list, aria-label, title, placeholder, alt) that is not data people
// entered: such data is marked in the DOM with `translate="no"` and `data-entered="<kind>"`
// (components/ui/entered.tsx; inside a sentence, its own element through components/ui/fill-nodes.tsx;
// an option of a list, which cannot hold elements, as a whole), and only the kinds in ENTERED_KINDS
// are allowed. Product text is never allowed: it is translated in lib/i18n/en/<area>.ts. The values
// of form fields (inputs, text areas) are what people write and are not checked. Each page is also
// checked with axe, in English. Signed out and signed in, every walk fails on what it finds.
import { readdirSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import type { EnteredKind } from "@/components/ui/entered";

import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./sign-in";

/**
 * The data that keeps the language it was entered in (README, "Languages"). Anything else with
 * Vietnamese letters on an English page is product text that was not translated.
 */
const ENTERED_KINDS = [
  "unit", // unit names (from the official lists)
  "plan", // plan titles, numbers, issuers and notes
  "agency", // responsible agencies of a plan's groups
  "person", // people's names (accounts, reporters, reviewers)
  "campaign", // campaign names and notes
  "note", // notes and reasons written on reports and reviews
  "audit", // values recorded in the audit and security logs as they were written (names, user agents)
  "group-set", // a participant group set's name and legal basis, written in one language by an administrator
  "column", // headings of official files (the GSO lists), quoted as they are written in them
] as const satisfies readonly EnteredKind[];

type Role = keyof typeof DEMO;
/** A page to walk: its route in app/, and its address, or the links a person follows from a page to reach it. */
type Stop = { route: string; path: string } | { route: string; from: string; click: string[] };

/** The demo plan of Bắc Ninh (number DEMO-2026/KH-UBND), which its provincial official may edit. */
const DEMO_PLAN = 'main a:has-text("DEMO-2026")';

const WALKS: Record<string, { account: Role; stops: Stop[] }> = {
  admin: {
    account: "admin",
    stops: [
      { route: "/", path: "/" },
      { route: "/coverage/[unitCode]", path: "/coverage/VN" },
      { route: "/admin/users", path: "/admin/users" },
      { route: "/admin/users/new", path: "/admin/users/new" },
      { route: "/admin/reporting-rules", path: "/admin/reporting-rules" },
      { route: "/admin/thresholds", path: "/admin/thresholds" },
      { route: "/admin/group-sets", path: "/admin/group-sets" },
      { route: "/admin/units/import", path: "/admin/units/import" },
      { route: "/admin/audit", path: "/admin/audit" },
      { route: "/admin/security", path: "/admin/security" },
      { route: "/notifications", path: "/notifications" },
      { route: "/account/password", path: "/account/password" },
    ],
  },
  leader: {
    account: "leader",
    stops: [
      { route: "/", path: "/" },
      { route: "/coverage/[unitCode]/compare", path: "/coverage/VN/compare" },
      { route: "/plans", path: "/plans" },
      { route: "/plans/[id]", from: "/plans", click: [DEMO_PLAN] },
      { route: "/campaigns", path: "/campaigns" },
    ],
  },
  province: {
    account: "bacNinhOfficial",
    stops: [
      { route: "/", path: "/" },
      { route: "/coverage/[unitCode]", path: "/coverage/24" },
      { route: "/review/[unitCode]", path: "/review/24" },
      { route: "/plans/new", path: "/plans/new" },
      { route: "/plans/[id]/edit", from: "/plans", click: [DEMO_PLAN, 'main a[href*="/edit"]'] },
      { route: "/plans/[id]/allocate", from: "/plans", click: [DEMO_PLAN, 'main a[href*="/allocate"]'] },
      { route: "/campaigns/new", path: "/campaigns/new" },
      { route: "/campaigns/[id]/edit", from: "/campaigns", click: ['main a[href$="/edit"]'] },
      { route: "/reports/import", path: "/reports/import" },
      { route: "/reports/export", path: "/reports/export" },
    ],
  },
  district: {
    account: "vietYenOfficer",
    stops: [
      { route: "/", path: "/" },
      { route: "/review/[unitCode]", path: "/review/222" },
    ],
  },
  commune: {
    account: "wardStaff",
    stops: [
      { route: "/", path: "/" },
      { route: "/reports", path: "/reports" },
      { route: "/reports/[unitCode]", path: "/reports/07777" },
      { route: "/reports/[unitCode]/[month]", path: "/reports/07777/2026-10" },
    ],
  },
};

/** Pages walked without signing in. */
const SIGNED_OUT: Stop[] = [{ route: "/sign-in", path: "/sign-in" }];

/** The routes of app/: every page.tsx, route groups left out ("/coverage/[unitCode]"). */
function appRoutes(): string[] {
  const app = path.join(process.cwd(), "app");
  return (readdirSync(app, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map(
      (file) =>
        "/" +
        path
          .dirname(file)
          .split(path.sep)
          .filter((part) => part !== "." && !/^\(.*\)$/.test(part))
          .join("/"),
    )
    .sort();
}

type Finding = { text: string; where: string };

/** Visible text with Vietnamese letters outside entered data, on the page as it is now. */
async function vietnameseText(page: Page): Promise<Finding[]> {
  return page.evaluate(
    (kinds) => {
      const letters = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
      const found: { text: string; where: string }[] = [];
      const describe = (element: Element) => {
        const parts: string[] = [];
        for (let node: Element | null = element; node && parts.length < 4; node = node.parentElement) {
          const id = node.id ? `#${node.id}` : "";
          const testId = node.getAttribute("data-testid");
          parts.unshift(`${node.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ""}`);
        }
        return parts.join(" > ");
      };
      const enteredData = (element: Element) => {
        const entered = element.closest("[data-entered]");
        return (
          entered !== null &&
          entered.getAttribute("translate") === "no" &&
          kinds.includes(entered.getAttribute("data-entered") ?? "")
        );
      };
      const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
      // Entered data shown on the page, taken out of texts that cannot carry a mark (the title,
      // attributes) or that quote it ("Report for Oct 2026 · Phường Việt Yên").
      const shownData = [...document.querySelectorAll('[data-entered][translate="no"]')]
        .filter((element) => kinds.includes(element.getAttribute("data-entered") ?? ""))
        .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
        .filter((text) => text.length > 0)
        .sort((a, b) => b.length - a.length);
      // Numbers of official documents are identifiers, kept in every language ("1980/QĐ-TTg", "119/KH-UBND").
      const documentNumber = /\b[\w-]*\d+\/[A-ZĐ]+(?:-[A-ZĐ]+)*/g;
      const check = (text: string, element: Element | null, what: string) => {
        let value = text.replace(/\s+/g, " ").trim();
        for (const data of shownData) value = value.split(data).join(" ");
        value = value.replace(documentNumber, " ");
        if (letters.test(value) && !(element && enteredData(element)))
          found.push({ text: text.trim().slice(0, 120), where: `${what} ${element ? describe(element) : ""}` });
      };

      check(document.title, null, "document.title");
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        // Options are checked below (the selected one); a text area's text is its value, like an input's.
        if (!element || element.closest("script, style, noscript, template, option, textarea")) continue;
        if (shown(element)) check(node.textContent ?? "", element, "text");
      }
      // A unit's option is marked itself (or through its list): enteredData looks from the option up.
      for (const select of document.querySelectorAll("select")) {
        const option = select.selectedOptions[0];
        if (option && shown(select)) check(option.textContent ?? "", option, "selected option");
      }
      for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
        if (!shown(element) && !element.matches("svg, svg *")) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"])
          if (element.hasAttribute(name)) check(element.getAttribute(name)!, element, `@${name}`);
      }
      return found;
    },
    ENTERED_KINDS as readonly string[],
  );
}

async function reach(page: Page, stop: Stop): Promise<string> {
  if ("path" in stop) {
    await page.goto(stop.path);
  } else {
    await page.goto(stop.from);
    for (const link of stop.click) {
      const url = page.url();
      await page.locator(link).first().click();
      await expect(page).not.toHaveURL(url);
    }
  }
  await page.waitForLoadState("load");
  return new URL(page.url()).pathname;
}

/** Walks the stops in English: the page's language, no Vietnamese product text, no axe violation. */
async function walk(page: Page, stops: readonly Stop[]) {
  const findings: Record<string, Finding[]> = {};
  for (const stop of stops) {
    await test.step(stop.route, async () => {
      const address = await reach(page, stop);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const found = await vietnameseText(page);
      if (found.length > 0) findings[address] = found;
      await expectAccessible(page, `${address} in English`);
    });
  }
  expect(findings, "Vietnamese product text on English pages").toEqual({});
}

test("the walk covers every page of app/", () => {
  const walked = new Set([...SIGNED_OUT, ...Object.values(WALKS).flatMap((role) => role.stops)].map((s) => s.route));
  expect(appRoutes().filter((route) => !walked.has(route))).toEqual([]);
});

test("signed out, the sign-in page is in English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await walk(page, SIGNED_OUT);
});

for (const [name, { account, stops }] of Object.entries(WALKS)) {
  test(`${name}: every page in English`, async ({ page }) => {
    // About 3 s a page on an idle machine (axe included); generous for a shared one.
    test.setTimeout(180_000);
    await signIn(page, DEMO[account]);
    // The header's switch, as a person would; it sets the cookie the next pages are read with.
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "locale")?.value).toBe("en");
    await walk(page, stops);
  });
}
