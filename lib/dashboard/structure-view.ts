// Which administrative structure a dashboard shows its months in: the structure valid in each month
// (the default), or today's structure, in which old units' figures are carried into the units that
// exist today (lib/queries/carried-figures.ts). Chosen with ?view=current.
import { type Month, dateToMonth } from "@/lib/period";

export type StructureView = "month" | "current";

export function structureViewFrom(value: unknown): StructureView {
  return value === "current" ? "current" : "month";
}

/** The month whose structure counts as today's. */
export function currentStructureMonth(now = new Date()): Month {
  return dateToMonth(now);
}

/** Query parameters that keep the view when a link changes the month or the unit. */
export function viewParams(view: StructureView): Record<string, string> {
  return view === "current" ? { view: "current" } : {};
}

/** Whether a unit is part of today's structure (has not ended). */
export function existsToday(unit: { validTo: Date | null }, now = new Date()): boolean {
  return unit.validTo === null || unit.validTo > now;
}
