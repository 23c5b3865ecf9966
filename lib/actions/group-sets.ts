"use server";

// Server action of the group sets' admin page (lib/reports/manage-group-sets.ts).
import { createGroupSetSpec } from "@/lib/reports/manage-group-sets";

import { authedAction } from "./authed-action";

export const createGroupSet = authedAction(createGroupSetSpec);
