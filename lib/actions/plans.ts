"use server";

// Server actions of plans and New Rural Area thresholds (rules in lib/plans/*), all through authedAction.
import { allocatePlanSpec } from "@/lib/plans/allocate-plan";
import { archivePlanSpec } from "@/lib/plans/archive-plan";
import { createPlanSpec, updatePlanSpec } from "@/lib/plans/save-plan";
import { deleteThresholdSpec, saveThresholdSpec } from "@/lib/plans/save-threshold";

import { authedAction } from "./authed-action";

export const createPlan = authedAction(createPlanSpec);
export const updatePlan = authedAction(updatePlanSpec);
export const archivePlan = authedAction(archivePlanSpec);
export const allocatePlan = authedAction(allocatePlanSpec);
export const saveThreshold = authedAction(saveThresholdSpec);
export const deleteThreshold = authedAction(deleteThresholdSpec);
