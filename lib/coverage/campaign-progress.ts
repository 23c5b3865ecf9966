// A campaign's (đợt vận động) progress against its targets, pure: the new enrollments and renewals
// summed over its months, each against its target, and the coverage at the latest counted month of
// the campaign against the rate to reach by its end, with the people still to enroll. Counts are
// summed by the caller from the reports that count (lib/queries/get-campaign-progress.ts).
import { attainment, coverageRate, enrollmentGap, pointsFromTarget } from "./rates";

export type CampaignTargets = {
  newlyEnrolled: number | null;
  renewed: number | null;
  /** Coverage rate to reach by the end, in basis points. */
  rateBp: number | null;
};

/** What the reports give for a campaign: sums over its months, and the latest counted month's figures. */
export type CampaignCounts = {
  newlyEnrolled: number;
  renewed: number;
  /** The latest month of the campaign with a counted report; null when none has any yet. */
  latest: { insured: number; population: number; reportingUnits: number; baseUnits: number } | null;
};

/** One count against its target: how far it got, the share of the target, what is left. */
export type CountProgress = {
  reached: number;
  target: number | null;
  attainment: number | null;
  remaining: number | null;
};

export type CampaignProgress = {
  newlyEnrolled: CountProgress;
  renewed: CountProgress;
  /** New enrollments and renewals together. */
  enrolled: number;
  latest: {
    insured: number;
    population: number;
    rate: number | null;
    targetBp: number | null;
    /** Percentage points above (+) or below (−) the target rate. */
    points: number | null;
    /** People still to enroll to reach the target rate: ⌈target × population⌉ − insured, never negative. */
    gap: number | null;
    /** Not every base unit has a counted report for that month: the figures will still change. */
    provisional: boolean;
    reportingUnits: number;
    baseUnits: number;
  } | null;
};

function countProgress(reached: number, target: number | null): CountProgress {
  return {
    reached,
    target,
    attainment: target === null ? null : attainment(reached, target),
    remaining: target === null ? null : Math.max(0, target - reached),
  };
}

export function campaignProgress(targets: CampaignTargets, counts: CampaignCounts): CampaignProgress {
  const { latest } = counts;
  const targetBp = targets.rateBp;
  const rate = latest ? coverageRate(latest.insured, latest.population) : null;
  return {
    newlyEnrolled: countProgress(counts.newlyEnrolled, targets.newlyEnrolled),
    renewed: countProgress(counts.renewed, targets.renewed),
    enrolled: counts.newlyEnrolled + counts.renewed,
    latest: latest && {
      insured: latest.insured,
      population: latest.population,
      rate,
      targetBp,
      points: rate !== null && targetBp !== null ? pointsFromTarget(rate, targetBp) : null,
      gap:
        targetBp !== null && latest.population > 0 ? enrollmentGap(targetBp, latest.population, latest.insured) : null,
      provisional: latest.reportingUnits < latest.baseUnits,
      reportingUnits: latest.reportingUnits,
      baseUnits: latest.baseUnits,
    },
  };
}
