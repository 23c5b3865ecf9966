// What a seed run writes: which provinces and which months of figures. Validates the options of
// seedDemo() so that a typo fails before anything is written.
import { lastCompleteMonth as lastCompleteMonthAt, now } from "../../lib/clock";
import { isMonth, type Month } from "../../lib/period";
import { FIRST_FIGURE_MONTH } from "./demo-model";
import type { UnitFiles } from "./demo-unit-files";

export interface SeedDemoOptions {
  /** First month of figures, "YYYY-MM"; default and earliest 2018-01. */
  from?: string;
  /** Last month of figures, "YYYY-MM"; default and latest the last complete month before `today`. */
  to?: string;
  /**
   * Provinces to write, by code. A code selects the old and the new province that carry it (codes
   * were reused: "24" is old Bắc Giang and new Bắc Ninh). Default: all demo provinces.
   */
  provinceCodes?: readonly string[];
  /** The moment the seed takes as now: it decides the default `to` and the report statuses. Default: the clock (lib/clock.ts). */
  today?: Date;
  /** Other unit lists in the same layouts (the benchmark's national lists). Default: the demo's. */
  unitFiles?: UnitFiles;
}

export interface SeedScope {
  firstMonth: Month;
  lastMonth: Month;
  /** The last complete month before today, whose reports are still awaiting approval. */
  lastCompleteMonth: Month;
  today: Date;
  /** Whether the province with this code (old or new) is written. */
  includesProvince: (code: string) => boolean;
}

/** `knownProvinceCodes`: the codes of the old and new provinces in the unit lists being seeded. */
export function resolveSeedScope(options: SeedDemoOptions, knownProvinceCodes: ReadonlySet<string>): SeedScope {
  const today = options.today ?? now();
  const lastCompleteMonth = lastCompleteMonthAt(today);
  const firstMonth = options.from === undefined ? FIRST_FIGURE_MONTH : monthOption(options.from);
  const lastMonth = options.to === undefined ? lastCompleteMonth : monthOption(options.to);
  if (firstMonth < FIRST_FIGURE_MONTH) {
    throw new Error(`The demo has figures from ${FIRST_FIGURE_MONTH}; "from" is ${firstMonth}`);
  }
  if (lastMonth > lastCompleteMonth) {
    throw new Error(`"to" (${lastMonth}) is after the last complete month (${lastCompleteMonth})`);
  }
  if (firstMonth > lastMonth) {
    throw new Error(`"from" (${firstMonth}) is after "to" (${lastMonth})`);
  }

  const selected = new Set(options.provinceCodes ?? knownProvinceCodes);
  const unknown = [...selected].filter((code) => !knownProvinceCodes.has(code));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown province code(s) ${unknown.join(", ")}; known: ${[...knownProvinceCodes].sort().join(", ")}`,
    );
  }
  return {
    firstMonth,
    lastMonth,
    lastCompleteMonth,
    today,
    includesProvince: (code) => selected.has(code),
  };
}

function monthOption(text: string): Month {
  if (!isMonth(text)) throw new Error(`Expected a month as YYYY-MM, got "${text}"`);
  return text;
}
