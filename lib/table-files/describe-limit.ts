// A refused file's limit problem as a sentence in the reader's language, numbers written as the
// reader writes them. Shared by the report import and the unit imports.
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

import type { LimitProblem } from "./limits";

export function describeLimitProblem(problem: LimitProblem, locale: Locale): string {
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([key, value]) => [
      key,
      typeof value === "number" ? formatCount(value, locale) : value,
    ]),
  );
  return fill(MESSAGES[locale].files.limits[problem.code], params);
}
