// A unit offered in a form's unit list (a plan's scope, a campaign's unit): what the list shows and
// groups by, and whether the unit has ended (listed under the structure before July 2025).
import { UnitKind } from "@prisma/client";
import { z } from "zod";

export const unitOptionRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  level: z.number().int(),
  ended: z.boolean(),
});

export type UnitOption = z.infer<typeof unitOptionRow>;
