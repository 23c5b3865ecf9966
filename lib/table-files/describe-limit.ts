// A refused file's limit problem as a sentence in the reader's language, numbers written as the
// reader writes them. Shared by the report import and the unit imports; the words are the reader's
// catalogue's (files.limits, also under units.issues.limits), so that a client component can word it.
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import type { LimitProblem } from "./limits";

export function describeLimitProblem(
  problem: LimitProblem,
  texts: Messages["files"]["limits"],
  locale: Locale,
): string {
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([key, value]) => [
      key,
      typeof value === "number" ? formatCount(value, locale) : value,
    ]),
  );
  return fill(texts[problem.code], params);
}
