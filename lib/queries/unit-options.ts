// A unit offered in a form's unit list (a plan's scope, a campaign's unit): what the list shows and
// groups by, and whether the unit has ended (listed under the structure before July 2025).
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";

export const unitOptionRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  level: z.number().int(),
  ended: z.boolean(),
});

export type UnitOption = z.infer<typeof unitOptionRow>;

/**
 * The units `where` selects (on `unit x`), today's first, then each under its province and district,
 * by level and code.
 */
export async function readUnitOptions(where: Prisma.Sql): Promise<UnitOption[]> {
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    SELECT x.id, x.code, x.name, x.kind::text AS kind, x.level, (x.valid_to IS NOT NULL) AS ended
    FROM unit x
    LEFT JOIN LATERAL (
      SELECT a.code FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id WHERE c.descendant_id = x.id AND a.level = 1
    ) province ON true
    LEFT JOIN LATERAL (
      SELECT a.code FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id WHERE c.descendant_id = x.id AND a.level = 2
    ) district ON true
    WHERE ${where}
    ORDER BY x.valid_to IS NOT NULL, COALESCE(province.code, ''), COALESCE(district.code, ''), x.level, x.code`);
  return z.array(unitOptionRow).parse(rows);
}
