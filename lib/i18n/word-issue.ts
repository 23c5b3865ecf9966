// Words a validation issue in the reader's language. Schemas give issues a code as their message
// (lib/validation/issue-code.ts); custom issues may carry params, filled into the catalogue's
// "{name}" placeholders: a month ("2025-12") as the locale writes it, a number with its separators;
// a limit's issue (too_small, too_big) gives its bound as {min} or {max}.
// A message that is not a code (Zod's own, or text not yet moved to the catalogue) is kept as it is.
import { z } from "zod";

import { formatCount, formatMonth } from "@/lib/format";
import { isMonth } from "@/lib/period";
import type { IssueParams } from "@/lib/validation/issue-code";

import { fill } from "./fill";
import type { Locale } from "./locales";
import type { Messages } from "./messages";

function formatParams(params: IssueParams, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" ? formatCount(value, locale) : isMonth(value) ? formatMonth(value, locale) : value,
    ]),
  );
}

/** The catalogue's words for a code such as "plan.numberMissing", with its params filled; other text as it is. */
export function wordMessage(message: string, params: IssueParams | undefined, t: Messages): string {
  const [area = "", key = ""] = message.split(".");
  const areas: Record<string, Record<string, string>> = t.validation;
  const template = Object.hasOwn(areas, area) && Object.hasOwn(areas[area]!, key) ? areas[area]![key]! : null;
  return template === null ? message : fill(template, formatParams(params ?? {}, t.locale));
}

/** A custom issue's params; the bound of a limit's issue as {min} or {max}. */
function paramsOf(issue: z.core.$ZodIssue): IssueParams | undefined {
  if (issue.code === "custom") return issue.params as IssueParams | undefined;
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  return undefined;
}

/** The words of a Zod issue for the reader. */
export function wordIssue(issue: z.core.$ZodIssue, t: Messages): string {
  return wordMessage(issue.message, paramsOf(issue), t);
}

/** Every issue of a failed parse, worded for the reader, per input name (what a form shows). */
export function wordedFieldErrors(error: z.ZodError, t: Messages): Partial<Record<string, string[]>> {
  return z.flattenError(error, (issue) => wordIssue(issue, t)).fieldErrors;
}
