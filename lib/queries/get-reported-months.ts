// The first and last months for which any unit has reported: the range the month picker offers,
// and the last one is the dashboard's default month.
import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";
import { dateToMonth, type Month } from "@/lib/period";

export const getReportedMonths = cache(async (): Promise<{ first: Month; last: Month } | null> => {
  const range = await db.unitMonthReport.aggregate({ _min: { period: true }, _max: { period: true } });
  const { _min, _max } = range;
  return _min.period && _max.period ? { first: dateToMonth(_min.period), last: dateToMonth(_max.period) } : null;
});
