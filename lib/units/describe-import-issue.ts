// Import issues (./import-issues.ts) as sentences in the reader's language, with the row and column
// they concern.
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, fill } from "@/lib/i18n/messages";
import { type ImportIssue, issueColumn, issueRow } from "./import-issues";

export type DescribedIssue = { row: number | null; column: string | null; message: string };

export function describeImportIssue(issue: ImportIssue, t: Messages["units"], locale: Locale): DescribedIssue {
  const texts = t.issues;
  const at = { row: issueRow(issue), column: issueColumn(issue) };
  switch (issue.code) {
    case "file":
      return { ...at, message: texts.file[issue.problem] };
    case "noHeader":
      return { ...at, message: fill(texts.noHeader, { expected: issue.expected.join(", ") }) };
    case "codeFormat":
      return { ...at, message: fill(texts.codeFormat, { value: issue.value, digits: issue.digits }) };
    case "nameConflict":
    case "parentConflict":
    case "duplicateCode":
    case "duplicatePair":
      return { ...at, message: fill(texts[issue.code], issue) };
    case "sharesOver":
    case "sharesIncomplete":
      return { ...at, message: fill(texts[issue.code], { unitCode: issue.unitCode, total: formatPercent(issue.totalBp / 10_000, locale) }) };
    default: {
      const { code, ...values } = issue;
      return { ...at, message: fill(texts[code], values as Record<string, string | number>) };
    }
  }
}
