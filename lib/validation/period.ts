// Reusable Zod pieces for months ("YYYY-MM").
import { z } from "zod";

import { isMonth, isQuarter, type Month, type Quarter } from "@/lib/period";

import { coded } from "./issue-code";

export const monthSchema = z
  .string()
  .refine(isMonth, coded("common.month"))
  .transform((value) => value as Month);

export const quarterSchema = z
  .string()
  .refine(isQuarter, coded("common.quarter"))
  .transform((value) => value as Quarter);

/** The month asked for in a URL if valid and within the reported range, else null. */
export function monthAsked(requested: unknown, range: { first: Month; last: Month }): Month | null {
  const parsed = monthSchema.safeParse(requested);
  return parsed.success && parsed.data >= range.first && parsed.data <= range.last ? parsed.data : null;
}

/**
 * The month asked for in a URL if valid and within the reported range; else `preferred` (e.g. the
 * month a page opens on, while the current one is still being collected) if in range, else the last
 * reported month.
 */
export function monthWithin(
  requested: unknown,
  range: { first: Month; last: Month },
  preferred: Month = range.last,
): Month {
  return monthAsked(requested, range) ?? (preferred >= range.first && preferred <= range.last ? preferred : range.last);
}
