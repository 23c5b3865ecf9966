// Monthly state of one base unit in the demo model: eligible and insured people per participant
// group, and voluntary social insurance. Population is the sum of the eligible of all groups, so the
// groups partition it exactly.
import type { MonthIndex } from "./months";

/** Groups of the 2014 group set, indexed 0 … 4 for group codes "1" … "5". */
export const GROUP_COUNT = 5;

export interface UnitSeries {
  /** Month stored at index 0 of every array. */
  firstMonth: MonthIndex;
  eligible: Int32Array[];
  insured: Int32Array[];
  voluntarySocialInsured: Int32Array;
  voluntarySocialAssigned: Int32Array;
}

export function emptySeries(firstMonth: MonthIndex, lastMonth: MonthIndex): UnitSeries {
  const length = lastMonth - firstMonth + 1;
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

export function valueAt(array: Int32Array, series: UnitSeries, month: MonthIndex): number {
  const value = array[month - series.firstMonth];
  if (value === undefined) throw new Error(`Month ${month} is outside the modelled range`);
  return value;
}

export function populationAt(series: UnitSeries, month: MonthIndex): number {
  let population = 0;
  for (let group = 0; group < GROUP_COUNT; group++) {
    population += valueAt(groupArray(series.eligible, group), series, month);
  }
  return population;
}

export function insuredAt(series: UnitSeries, month: MonthIndex): number {
  let insured = 0;
  for (let group = 0; group < GROUP_COUNT; group++) {
    insured += valueAt(groupArray(series.insured, group), series, month);
  }
  return insured;
}
