// The figures the report form shows beside the fields as the user types: each field's value last
// month, and the rates of this month and last month (null when a figure is missing).
import { attainment, coverageRate } from "@/lib/coverage/rates";
import {
  groupFieldKey,
  parseCount,
  type GroupField,
  type ReportField,
  type ReportValues,
  type UnitField,
} from "@/lib/validation/report-values";

type Rate = number | null;
export type LiveRates = {
  overall: { now: Rate; before: Rate };
  voluntary: { now: Rate; before: Rate };
  groups: Record<string, { now: Rate; before: Rate }>;
};

/** The typed value of a field as a count, or null while it is empty or not a count. */
export function typedCount(values: Record<string, string>, key: string): number | null {
  const value = parseCount(values[key]);
  return typeof value === "number" ? value : null;
}

/** A field's value in last month's report (undefined when there is none). */
export function previousValue(previous: ReportValues | null, key: ReportField): number | null | undefined {
  if (!previous) return undefined;
  const group = /^g([^.]+)\.(\w+)$/.exec(key);
  if (!group) return previous[key as UnitField];
  return previous.groups[group[1]!]?.[group[2] as GroupField];
}

export function liveRates(
  values: Record<string, string>,
  previous: ReportValues | null,
  groupCodes: string[],
): LiveRates {
  const count = (key: string) => typedCount(values, key);
  const insuredTotal = groupCodes.every((code) => count(groupFieldKey(code, "insured")) !== null)
    ? groupCodes.reduce((sum, code) => sum + count(groupFieldKey(code, "insured"))!, 0)
    : null;
  const population = count("population");
  const previousInsured = previous
    ? Object.values(previous.groups).reduce((sum, figures) => sum + figures.insured, 0)
    : null;
  const voluntaryInsured = count("voluntarySocialInsured");
  const voluntaryAssigned = count("voluntarySocialAssigned");
  return {
    overall: {
      now: population !== null && insuredTotal !== null ? coverageRate(insuredTotal, population) : null,
      before: previous && previousInsured !== null ? coverageRate(previousInsured, previous.population) : null,
    },
    voluntary: {
      now:
        voluntaryInsured !== null && voluntaryAssigned !== null
          ? attainment(voluntaryInsured, voluntaryAssigned)
          : null,
      before:
        previous?.voluntarySocialInsured != null && previous.voluntarySocialAssigned != null
          ? attainment(previous.voluntarySocialInsured, previous.voluntarySocialAssigned)
          : null,
    },
    groups: Object.fromEntries(
      groupCodes.map((code) => {
        const insured = count(groupFieldKey(code, "insured"));
        const eligible = count(groupFieldKey(code, "eligible"));
        const before = previous?.groups[code];
        return [
          code,
          {
            now: insured !== null && eligible !== null ? coverageRate(insured, eligible) : null,
            before: before ? coverageRate(before.insured, before.eligible) : null,
          },
        ];
      }),
    ),
  };
}

/**
 * The values with last month's slowly changing figures (population, voluntary social insurance
 * assigned, each group's eligible people) copied into those left empty; null when there is none to copy.
 */
export function copiedFromLastMonth(
  values: Record<string, string>,
  previous: ReportValues | null,
  groupCodes: string[],
): Record<string, string> | null {
  const slow: ReportField[] = [
    "population",
    "voluntarySocialAssigned",
    ...groupCodes.map((code) => groupFieldKey(code, "eligible")),
  ];
  const copied = slow.filter((key) => (values[key] ?? "").trim() === "" && previousValue(previous, key) != null);
  if (copied.length === 0) return null;
  return { ...values, ...Object.fromEntries(copied.map((key) => [key, String(previousValue(previous, key))])) };
}
