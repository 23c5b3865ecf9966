// Input of the official population import (lib/population/import-official-population.ts) and the
// bounds of its values: a year from 2000 to the current one, a whole number of people above 0.
import { z } from "zod";

import { importIntentSchema, uploadedFileSchema } from "./upload";

export const FIRST_POPULATION_YEAR = 2000;

/** Above the country's population many times over: a typing error, not a figure. */
export const MAX_POPULATION = 200_000_000;

export const officialPopulationImportSchema = z.object({
  file: uploadedFileSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
});
