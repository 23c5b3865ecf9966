// Input of the unit imports on /admin/units/import (lib/units/import-unit-list.ts,
// import-succession-table.ts): the file, the month it takes effect, and the two steps (preview, then
// apply what was previewed, named by its fingerprint). Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { monthSchema } from "./period";
import { importIntentSchema, uploadedFileSchema } from "./upload";

/** A GSO unit list, valid from a month. */
export const unitListImportSchema = z.object({
  file: uploadedFileSchema,
  validFrom: monthSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
  /** "country" or "provinces" (then `provinces`: their codes); checked by the action, in the reader's language. */
  coverage: z.string().optional(),
  provinces: z.string().optional(),
  confirmation: z.string().optional(),
});

/** A succession table between old and new units, in effect from a month. */
export const successionImportSchema = z.object({
  file: uploadedFileSchema,
  effectiveOn: monthSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
});
