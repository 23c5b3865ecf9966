// Where a plan stands in time: not started yet, running, ended, or archived (hidden from lists by
// default and no longer applied to dashboards).
import { dateToMonth, type Month } from "@/lib/period";

export const PLAN_STATUSES = ["active", "upcoming", "ended", "archived"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export function planStatus(
  plan: { periodStart: Date; periodEnd: Date; archivedAt: Date | null },
  today: Month,
): PlanStatus {
  if (plan.archivedAt) return "archived";
  if (dateToMonth(plan.periodStart) > today) return "upcoming";
  if (dateToMonth(plan.periodEnd) < today) return "ended";
  return "active";
}

/** The end of each calendar year within a period, and the period's last month: the usual milestones. */
export function yearlyMilestones(start: Month, end: Month): Month[] {
  if (end < start) return [];
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  const milestones: Month[] = [];
  for (let year = first; year < last; year += 1) milestones.push(`${year}-12`);
  milestones.push(end);
  return milestones;
}
