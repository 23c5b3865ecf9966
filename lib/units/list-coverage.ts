// What an imported unit list covers, as the administrator declares it: the whole country, or named
// provinces (an excerpt). Units outside what the list covers are never closed, and a row outside it
// is an error: a list of one province cannot end the other provinces by leaving them out.
import { PROVINCE_CODE_DIGITS } from "./parse-unit-list";

export type ListCoverage = { kind: "country" } | { kind: "provinces"; codes: string[] };

export type ListCoverageProblem =
  | { field: "coverage"; code: "missing" }
  | { field: "provinces"; code: "noProvinces" }
  | { field: "provinces"; code: "provinceCode"; value: string };

/** Province codes as typed: separated by commas, semicolons or spaces. */
const SEPARATORS = /[\s,;]+/;

export function readListCoverage(
  kind: string | undefined,
  provinces: string | undefined,
): { ok: true; coverage: ListCoverage } | { ok: false; problem: ListCoverageProblem } {
  if (kind === "country") return { ok: true, coverage: { kind: "country" } };
  if (kind !== "provinces") return { ok: false, problem: { field: "coverage", code: "missing" } };
  const typed = (provinces ?? "").split(SEPARATORS).filter(Boolean);
  if (typed.length === 0) return { ok: false, problem: { field: "provinces", code: "noProvinces" } };
  const invalid = typed.find((code) => !new RegExp(`^\\d{${PROVINCE_CODE_DIGITS}}$`).test(code));
  if (invalid !== undefined)
    return { ok: false, problem: { field: "provinces", code: "provinceCode", value: invalid } };
  return { ok: true, coverage: { kind: "provinces", codes: [...new Set(typed)].sort() } };
}

/** Whether a unit of the province with this code is covered by the list. */
export function coversProvince(coverage: ListCoverage, provinceCode: string): boolean {
  return coverage.kind === "country" || coverage.codes.includes(provinceCode);
}
