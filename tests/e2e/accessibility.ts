// The accessibility check of the browser suite: axe-core's rules for WCAG 2.0 and 2.1, levels A and
// AA, on the page as it is now (an open dialog or panel included). A serious or critical violation
// fails the test; minor and moderate ones are left to review. `./fixtures.ts` runs it on every page
// still open when a test ends; specs call it themselves on the states a test passes through (a
// return form, an import preview, warnings waiting for their reasons).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 level AA: axe-core's rules tagged with these. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** The impacts that fail a test. */
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Violations accepted for now, each with the reason it cannot be fixed (yet): a rule, on the nodes
 * whose axe selector contains `target`, or on every node without one. Empty: nothing is excused.
 * An entry should name an issue, and go when that is fixed.
 */
export const ALLOWED_VIOLATIONS: readonly { rule: string; target?: string; reason: string }[] = [];

function allowed(rule: string, target: string): boolean {
  return ALLOWED_VIOLATIONS.some(
    (item) => item.rule === rule && (item.target === undefined || target.includes(item.target)),
  );
}

/**
 * The kinds of page checked in this run (one worker runs a project's tests): the route with its
 * codes, months and ids left out, the width and the language. The check at the end of a test skips
 * a kind already checked; explicit checks always run.
 */
const checkedKinds = new Set<string>();

/** A page's route with its codes, months and ids left out, at a width. */
export function routeOf(url: string, width: number | undefined): string {
  const route = new URL(url).pathname.replace(/\/(?:VN|[^/]*\d[^/]*)(?=\/|$)/g, "/:");
  return `${route} ${width ?? "?"}px`;
}

async function kindOf(page: Page): Promise<string> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  return `${routeOf(page.url(), page.viewportSize()?.width)} ${lang}`;
}

/** Whether a route was checked already in this run at this width, in any language. */
export function routeChecked(url: string, width: number | undefined): boolean {
  const route = `${routeOf(url, width)} `;
  return [...checkedKinds].some((kind) => kind.startsWith(route));
}

/** Whether a page of this kind was checked already in this run. */
export async function kindChecked(page: Page): Promise<boolean> {
  return checkedKinds.has(await kindOf(page));
}

/** The checks run by this worker and their time, reported when it ends (./fixtures.ts). */
export const checkTimes = { count: 0, ms: 0 };

/**
 * Fails on any serious or critical WCAG 2.1 A/AA violation of axe-core on the page, or only in the
 * part `include` selects (an open form: quicker than the whole page again).
 */
export async function expectAccessible(page: Page, what?: string, options: { include?: string } = {}) {
  // Legacy mode runs axe in the page itself: the app has no frames, and the default mode opens a
  // blank page per check to merge the frames' results, which costs time on every check.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).withTags([...WCAG_TAGS]);
  if (options.include) builder = builder.include(options.include);
  const started = Date.now();
  const { violations } = await builder.analyze();
  checkTimes.count += 1;
  checkTimes.ms += Date.now() - started;
  const blocking = violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: `${violation.id} (${violation.impact}): ${violation.help}`,
      nodes: violation.nodes
        .map((node) => ({ target: node.target.join(" "), summary: node.failureSummary?.replace(/\s+/g, " ") ?? "" }))
        .filter((node) => !allowed(violation.id, node.target))
        .map((node) => `${node.target} — ${node.summary}`),
    }))
    .filter((violation) => violation.nodes.length > 0);
  const width = page.viewportSize()?.width;
  const where = `${what ?? page.url()}${options.include ? ` (${options.include})` : ""}${width ? ` at ${width} px` : ""}`;
  expect(blocking, `axe: serious or critical WCAG 2.1 A/AA violations on ${where}`).toEqual([]);
  if (!options.include) checkedKinds.add(await kindOf(page));
}
