// Reusable Zod pieces for the ids and codes a URL carries: a record's id (`/plans/12`, `?row=3`)
// and an administrative unit's code (`?unit=30283`, the GSO code users see and share).
import { z } from "zod";

import { coded } from "./issue-code";

/** A record's id as a URL or a form writes it: 1 to 9 digits, above 0. */
export const idSchema = z
  .string()
  .regex(/^\d{1,9}$/, coded("common.id"))
  .transform(Number)
  .refine((id) => id > 0, coded("common.id"));

/** The id a URL asks for, or null when it is missing or not an id. */
export function parseId(value: unknown): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A unit's code: the GSO code (a province 2 digits, a commune 5), or the country's "VN". */
export const unitCodeSchema = z.string().regex(/^[0-9A-Za-z]{1,20}$/, coded("common.unit"));

/** The unit code a URL asks for, or null when it is missing or not a code. */
export function parseUnitCode(value: unknown): string | null {
  const parsed = unitCodeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
