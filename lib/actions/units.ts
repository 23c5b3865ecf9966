"use server";

// Server actions of the administrative units (rules in lib/units/*), all through authedAction.
import { importSuccessionTableSpec } from "@/lib/units/import-succession-table";
import { importUnitListSpec } from "@/lib/units/import-unit-list";

import { authedAction } from "./authed-action";

export const importUnitList = authedAction(importUnitListSpec);
export const importSuccessionTable = authedAction(importSuccessionTableSpec);
