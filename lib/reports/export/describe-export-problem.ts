// The sentence for a refused export request, in the reader's language.
import { formatCount, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import type { ExportProblem } from "./prepare-export";

export function describeExportProblem(problem: ExportProblem, t: Messages, locale: Locale): string {
  const text = t.reports.export;
  switch (problem.code) {
    case "badRange":
      return text.badRange;
    case "futureMonth":
      return fill(text.futureMonth, { month: formatMonth(problem.month, locale) });
    case "tooManyMonths":
      return fill(text.tooManyMonths, { max: problem.max });
    case "tooManyRows":
      return fill(text.tooManyRows, { rows: formatCount(problem.rows, locale), max: formatCount(problem.max, locale) });
    case "noRows":
      return text.noRows;
  }
}
