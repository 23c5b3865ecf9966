"use server";

// Server actions of the official population (rules in lib/population/*), all through authedAction.
import { importOfficialPopulationSpec } from "@/lib/population/import-official-population";

import { authedAction } from "./authed-action";

export const importOfficialPopulation = authedAction(importOfficialPopulationSpec);
