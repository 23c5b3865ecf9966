// Import issues (./import-issues.ts) as sentences in the reader's language, with the row and column
// they concern, or what they concern when there is no row.
import { formatDate, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { describeLimitProblem } from "@/lib/table-files/describe-limit";

import { issueColumn, issueRow, issueSubject, type ImportIssue } from "./import-issues";

/** `where`: the row, or what an issue without a row concerns (a unit missing from the file, the month, the whole file). */
export type DescribedIssue = { row: number | null; where: string; column: string | null; message: string };

export function describeImportIssue(issue: ImportIssue, t: Messages["units"], locale: Locale): DescribedIssue {
  const texts = t.issues;
  const row = issueRow(issue);
  const subject = issueSubject(issue);
  const where =
    row !== null
      ? String(row)
      : subject === "missingUnit"
        ? t.import.notInFile
        : subject === "month"
          ? t.import.monthIssue
          : t.import.wholeFile;
  const at = { row, where, column: issueColumn(issue) };
  switch (issue.code) {
    case "file":
      return {
        ...at,
        message:
          typeof issue.problem === "string"
            ? texts.file[issue.problem]
            : describeLimitProblem(issue.problem, texts.limits, locale),
      };
    case "noHeader":
      return { ...at, message: fill(texts.noHeader, { expected: issue.expected.join(", ") }) };
    case "codeFormat":
      return { ...at, message: fill(texts.codeFormat, { value: issue.value, digits: issue.digits }) };
    case "nameConflict":
    case "parentConflict":
    case "duplicateCode":
    case "duplicatePair":
      return { ...at, message: fill(texts[issue.code], issue) };
    case "beforeLatestList":
      return { ...at, message: fill(texts.beforeLatestList, { latest: day(issue.latest, locale) }) };
    case "countryAfterDate":
      return { ...at, message: fill(texts.countryAfterDate, { countryFrom: day(issue.countryFrom, locale) }) };
    case "unknownOld":
    case "oldNotEnded":
    case "unknownNew":
    case "unknownParent":
      return { ...at, message: fill(texts[issue.code], { unitCode: issue.unitCode, day: day(issue.day, locale) }) };
    case "sharesOver":
    case "sharesIncomplete":
      return {
        ...at,
        message: fill(texts[issue.code], {
          unitCode: issue.unitCode,
          total: formatPercent(issue.totalBp / 10_000, locale),
        }),
      };
    default: {
      const { code, ...values } = issue;
      return { ...at, message: fill(texts[code], values as Record<string, string | number>) };
    }
  }
}

/** An ISO day ("2025-07-01") as the reader writes dates ("01/07/2025"). */
function day(iso: string, locale: Locale): string {
  return formatDate(new Date(`${iso}T00:00:00Z`), locale);
}
