"use server";

// Server actions of the unit boundaries (rules in lib/map/import-boundaries.ts), all through authedAction.
import { importBoundariesSpec } from "@/lib/map/import-boundaries";

import { authedAction } from "./authed-action";

export const importBoundaries = authedAction(importBoundariesSpec);
