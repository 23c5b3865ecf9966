// A value axis for percentages (93 for 93%) fitted to the figures, so that a gap of two points shows
// (89% against a 91% target: half the plot apart, not 2% of it): whole percentages around
// the values, at least 4 points tall, never above 100 unless a value is, in steps of 1, 2, 5 or 10.
// Pure; shared by the dashboard's bar charts and the PDF report's trend.

export type PercentAxis = { low: number; high: number; step: number; ticks: number[] };

/** The axis for these values; 0–100 without any. */
export function percentAxis(values: readonly number[]): PercentAxis {
  if (values.length === 0) return withTicks(0, 100, 10);
  const min = Math.min(...values);
  const max = Math.max(...values);
  let low = Math.floor(min - 1);
  let high = Math.ceil(max + 1);
  if (high > 100 && max <= 100) high = 100;
  if (high - low < 4) low = high - 4;
  if (low < 0) low = 0;
  const span = high - low;
  const step = span <= 8 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
  return withTicks(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
}

function withTicks(low: number, high: number, step: number): PercentAxis {
  const ticks: number[] = [];
  for (let value = low; value <= high + 1e-9; value += step) ticks.push(value);
  return { low, high, step, ticks };
}
