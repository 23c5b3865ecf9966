// How many months a unit's coverage trend shows, ending with the month viewed: the dashboard's chart
// (in the month's structure; in today's it shows the whole history) and the monthly report's.
export const TREND_MONTHS = 24;
