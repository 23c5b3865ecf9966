import { entered } from "./entered";

/** A unit a form offers: today's units are listed first, those of the structure before July 2025 apart. */
export type UnitChoice = { id: number; code: string; name: string; level: number; ended: boolean };

/**
 * The options of a unit chooser (inside the form's own `<select>`, which posts the unit's id): a
 * blank first choice, then today's units and the ended ones in their own groups, each indented by
 * its level. An option cannot hold elements: each unit's option is marked as entered data as a whole.
 */
export function UnitChoices({
  units,
  labels,
}: {
  units: readonly UnitChoice[];
  labels: { choose: string; current: string; ended: string };
}) {
  const option = (unit: UnitChoice) => (
    <option key={unit.id} value={unit.id} {...entered("unit")}>
      {"\u00a0\u00a0".repeat(Math.max(0, unit.level - 1))}
      {unit.name} ({unit.code})
    </option>
  );
  const current = units.filter((unit) => !unit.ended);
  const ended = units.filter((unit) => unit.ended);
  return (
    <>
      <option value="">{labels.choose}</option>
      {current.length > 0 && <optgroup label={labels.current}>{current.map(option)}</optgroup>}
      {ended.length > 0 && <optgroup label={labels.ended}>{ended.map(option)}</optgroup>}
    </>
  );
}
