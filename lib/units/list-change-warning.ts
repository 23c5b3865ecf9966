// Which unit-list imports need more than a click: one that ends, deletes or moves many units, or
// ends, deletes, renames or moves a province. Its preview shows what it does to the provinces and
// how many units it ends or moves, and the administrator confirms it by typing the number of
// existing units it changes (./typed-confirmation.ts), checked again on the server.
import type { UnitListChanges } from "./prepare-unit-list-import";

/** More units than this ended, deleted or moved by one import need a typed confirmation. */
export const MANY_UNITS = 50;

export type ProvinceChange = {
  code: string;
  name: string;
  change: "closed" | "removed" | "renamed" | "moved";
  newName: string | null;
};

export type ListChangeWarning = {
  /** Existing units the import ends, deletes, renames or moves: the number typed to confirm. */
  affected: number;
  /** Units ended or deleted. */
  ending: number;
  /** Units moved to another parent or level (renamed ones included). */
  moved: number;
  provinces: ProvinceChange[];
};

export function listChangeWarning(plan: UnitListChanges): ListChangeWarning | null {
  const moved = plan.changed.filter((change) => change.moved).length;
  const ending = plan.closed.length + plan.removed.length;
  const provinces: ProvinceChange[] = [
    ...plan.closed
      .filter((unit) => unit.level === 1)
      .map((unit) => ({ code: unit.code, name: unit.name, change: "closed" as const, newName: null })),
    ...plan.removed
      .filter((unit) => unit.level === 1)
      .map((unit) => ({ code: unit.code, name: unit.name, change: "removed" as const, newName: null })),
    ...plan.changed
      .filter((change) => change.previous.level === 1)
      .map(({ unit, previous, renamed }) => ({
        code: previous.code,
        name: previous.name,
        change: renamed ? ("renamed" as const) : ("moved" as const),
        newName: renamed ? unit.name : null,
      })),
  ].sort((a, b) => a.code.localeCompare(b.code));
  if (ending + moved <= MANY_UNITS && provinces.length === 0) return null;
  return { affected: ending + plan.changed.length, ending, moved, provinces };
}
