// Monthly state of one base unit in the demo model: eligible and insured people per participant
// group, and voluntary social insurance. Population is the sum of the eligible of all groups, so the
// groups partition it exactly.
import { monthsBetween, type Month } from "../../lib/period";

/** Groups of the 2014 group set, indexed 0 … 4 for group codes "1" … "5". */
export const GROUP_COUNT = 5;

export interface UnitSeries {
  /** Month stored at index 0 of every array. */
  firstMonth: Month;
  eligible: Int32Array[];
  insured: Int32Array[];
  voluntarySocialInsured: Int32Array;
  voluntarySocialAssigned: Int32Array;
}

export function emptySeries(firstMonth: Month, lastMonth: Month): UnitSeries {
  const length = monthsBetween(firstMonth, lastMonth) + 1;
  const perGroup = () => Array.from({ length: GROUP_COUNT }, () => new Int32Array(length));
  return {
    firstMonth,
    eligible: perGroup(),
    insured: perGroup(),
    voluntarySocialInsured: new Int32Array(length),
    voluntarySocialAssigned: new Int32Array(length),
  };
}

export function groupArray(arrays: Int32Array[], group: number): Int32Array {
  const array = arrays[group];
  if (!array) throw new Error(`No participant group at index ${group}`);
  return array;
}

/** The index of `month` in the series' arrays (negative before its first month). */
export function offsetOf(series: UnitSeries, month: Month): number {
  return monthsBetween(series.firstMonth, month);
}

export function valueAt(array: Int32Array, series: UnitSeries, month: Month): number {
  return valueAtOffset(array, offsetOf(series, month), month);
}

function valueAtOffset(array: Int32Array, offset: number, month: Month): number {
  const value = array[offset];
  if (value === undefined) throw new Error(`Month ${month} is outside the modelled range`);
  return value;
}

export function populationAt(series: UnitSeries, month: Month): number {
  const offset = offsetOf(series, month);
  let population = 0;
  for (let group = 0; group < GROUP_COUNT; group++) {
    population += valueAtOffset(groupArray(series.eligible, group), offset, month);
  }
  return population;
}

export function insuredAt(series: UnitSeries, month: Month): number {
  const offset = offsetOf(series, month);
  let insured = 0;
  for (let group = 0; group < GROUP_COUNT; group++) {
    insured += valueAtOffset(groupArray(series.insured, group), offset, month);
  }
  return insured;
}
