// What can be wrong with an imported unit list, succession table or official population table. Issues carry a code and the
// values to name; lib/units/describe-import-issue.ts turns them into sentences in the user's language.
import type { LimitProblem } from "@/lib/table-files/limits";

import type { TableFileProblem } from "./read-table-file";

export type ImportIssue =
  | { code: "file"; problem: TableFileProblem | LimitProblem }
  | { code: "noHeader"; expected: string[] }
  | { code: "emptyList" }
  | { code: "required"; row: number; column: string }
  | { code: "codeFormat"; row: number; column: string; value: string; digits: number }
  | { code: "unknownKind"; row: number; column: string; value: string }
  | { code: "nameConflict"; row: number; column: string; unitCode: string; firstRow: number; firstName: string }
  | { code: "parentConflict"; row: number; column: string; unitCode: string; firstRow: number; parentCode: string }
  | { code: "duplicateCode"; row: number; column: string; unitCode: string; firstRow: number }
  | { code: "columnWithoutPair"; row: number; column: string; missing: string }
  | { code: "outsideCoverage"; row: number; column: string; provinceCode: string }
  | { code: "unknownDeclaredProvince"; provinceCode: string }
  | { code: "inOtherProvince"; row: number; column: string; unitCode: string; provinceCode: string }
  | { code: "unknownParent"; row: number; column: string; unitCode: string; day: string }
  | { code: "beforeLatestList"; latest: string }
  | { code: "countryAfterDate"; countryFrom: string }
  | { code: "missingUnitHasData"; unitCode: string; unitName: string }
  | { code: "shareFormat"; row: number; column: string; value: string }
  | { code: "shareOnFull"; row: number; column: string }
  | { code: "duplicatePair"; row: number; column: string; oldCode: string; newCode: string; firstRow: number }
  | { code: "unknownOld"; row: number; column: string; unitCode: string; day: string }
  | { code: "oldNotEnded"; row: number; column: string; unitCode: string; day: string }
  | { code: "unknownNew"; row: number; column: string; unitCode: string; day: string }
  | { code: "fullWithOthers"; row: number; column: string; unitCode: string }
  | { code: "singlePartial"; row: number; column: string; unitCode: string }
  | { code: "sharesOver"; row: number; column: string; unitCode: string; totalBp: number }
  | { code: "sharesIncomplete"; row: number; column: string; unitCode: string; totalBp: number }
  | { code: "unitCodeFormat"; row: number; column: string; value: string }
  | { code: "yearFormat"; row: number; column: string; value: string; from: number; to: number }
  | { code: "populationFormat"; row: number; column: string; value: string }
  | { code: "duplicateUnitYear"; row: number; column: string; unitCode: string; year: number; firstRow: number }
  | { code: "unknownUnitInYear"; row: number; column: string; unitCode: string; year: number };

export type ImportIssueCode = ImportIssue["code"];

/** Row of an issue, null for issues about the whole file, the month chosen or a unit missing from the file. */
export function issueRow(issue: ImportIssue): number | null {
  return "row" in issue ? issue.row : null;
}

/** What an issue without a row concerns. */
export function issueSubject(issue: ImportIssue): "row" | "file" | "month" | "missingUnit" {
  if ("row" in issue) return "row";
  if (issue.code === "missingUnitHasData") return "missingUnit";
  if (issue.code === "beforeLatestList" || issue.code === "countryAfterDate") return "month";
  return "file";
}

export function issueColumn(issue: ImportIssue): string | null {
  return "column" in issue ? issue.column : null;
}

/** Issues in file order: whole-file ones first, then by row. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (issueRow(a) ?? 0) - (issueRow(b) ?? 0));
}
