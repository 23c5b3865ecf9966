// Robust outlier score of a value against a short history (Iglewicz & Hoaglin): the modified
// z-score 0.6745 × (x − median) ÷ MAD, where MAD is the median absolute deviation. When more than
// half the history is identical (MAD = 0) the mean absolute deviation is used instead, scaled by
// 1.253314. |score| > 3.5 is the usual threshold for "unusual".

export const UNUSUAL_SCORE = 3.5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The score of `value` against `history`; null with fewer than 4 past values or a constant history
 * equal to it. Against a constant history any other value scores ±Infinity: whether such a change
 * matters is the caller's question (a minimum change, lib/reports/report-warnings.ts).
 */
export function modifiedZScore(value: number, history: readonly number[]): number | null {
  if (history.length < 4) return null;
  const centre = median(history);
  const deviations = history.map((past) => Math.abs(past - centre));
  const mad = median(deviations);
  if (mad > 0) return (0.6745 * (value - centre)) / mad;
  const meanDeviation = deviations.reduce((sum, deviation) => sum + deviation, 0) / deviations.length;
  if (meanDeviation > 0) return (value - centre) / (1.253314 * meanDeviation);
  return value === centre ? null : Math.sign(value - centre) * Infinity;
}
