// Input of the boundary import (lib/map/import-boundaries.ts): a GeoJSON file of at most 10 MB, the
// month whose units its codes are checked against, and the two steps (preview, then apply).
import { z } from "zod";

import { monthSchema } from "./period";
import { importIntentSchema, uploadedFileSchema } from "./upload";

export const boundaryImportSchema = z.object({
  file: uploadedFileSchema,
  month: monthSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
});
