// Which administrative structure a dashboard shows its months in: the structure valid in each month
// (the default), or today's structure, in which old units' figures are carried into the units that
// exist today (lib/queries/carried-figures.ts). Chosen with ?view=current.
import { currentMonth, now, vietnamDay } from "@/lib/clock";
import type { Month } from "@/lib/period";

export type StructureView = "month" | "current";

export function structureViewFrom(value: unknown): StructureView {
  return value === "current" ? "current" : "month";
}

/** The month whose structure counts as today's: the current month in Vietnam. */
export function currentStructureMonth(at: Date = now()): Month {
  return currentMonth(at);
}

/** Query parameters that keep the view when a link changes the month or the unit. */
export function viewParams(view: StructureView): Record<string, string> {
  return view === "current" ? { view: "current" } : {};
}

/** Whether a unit is part of today's structure: it has not ended by today's date in Vietnam. */
export function existsToday(unit: { validTo: Date | null }, at: Date = now()): boolean {
  return unit.validTo === null || unit.validTo > vietnamDay(at);
}
