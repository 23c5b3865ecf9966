// Choosers of the export and template forms. The unit chooser: the units in scope, each under its
// parent, the current structure first and the units of earlier structures in their own group. It
// posts the unit's code (`?unit=<code>`), which the form's month resolves, or for a unit that has ended
// its code with its last month, since codes are reused (lib/reports/unit-param-value.ts). Each unit's
// option is marked as entered data (an option cannot hold elements).
import { entered } from "@/components/ui/entered";
import { inputClass } from "@/components/ui/form-field";
import type { ReportUnitOption } from "@/lib/queries/get-report-unit-options";

export function UnitSelect({
  id,
  name,
  options,
  selected,
  labels,
}: {
  id: string;
  name: string;
  options: ReportUnitOption[];
  /** The chosen unit's value (lib/reports/unit-param-value.ts). */
  selected: string;
  labels: { current: string; ended: string };
}) {
  const groups = [
    { label: labels.current, units: options.filter((unit) => !unit.ended) },
    { label: labels.ended, units: options.filter((unit) => unit.ended) },
  ].filter((group) => group.units.length > 0);
  const indent = (depth: number) => "\u00a0\u00a0".repeat(depth);
  return (
    <select id={id} name={name} defaultValue={selected} className={inputClass}>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.units.map((unit) => (
            <option key={unit.id} value={unit.value} {...entered("unit")}>
              {indent(unit.depth)}
              {unit.name} ({unit.code})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** A month chooser: the months given, newest first. */
export function MonthSelect({
  id,
  name,
  months,
  selected,
}: {
  id: string;
  name: string;
  months: { value: string; label: string }[];
  selected: string;
}) {
  return (
    <select id={id} name={name} defaultValue={selected} className={inputClass}>
      {months.map((month) => (
        <option key={month.value} value={month.value}>
          {month.label}
        </option>
      ))}
    </select>
  );
}
