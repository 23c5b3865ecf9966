// The English words of lib/i18n/vi/dashboard.ts: the same keys (checked by the type).
import { ERROR_PAGE } from "../error-page";
import type * as vi from "../vi/dashboard";

export const dashboard: typeof vi.dashboard = {
  month: "Month",
  previousMonth: "Previous month",
  breadcrumb: "Unit path",
  nextMonth: "Next month",
  structureBefore: "Administrative structure before 1 July 2025 (province – district – commune)",
  structureAfter: "Administrative structure from 1 July 2025 (province – commune)",
  noData: "No figures for this unit in the selected month yet.",
  unitNotValid: "There is no unit with code {code} in {month}.",
  unitValidIn: "This code belongs to:",
  notFoundTitle: "Unit not found",
  backToCountry: ERROR_PAGE.en.back,
  pageNotFoundTitle: "Page not found",
  pageNotFoundBody: "This address does not exist, or you may not see this page.",
  reporting: {
    submitted: "Submitted: {reporting}/{total} base units",
    approved: "Approved: {reporting}/{total} base units",
  },
  basis: {
    label: "Figures",
    submitted: "submitted",
    approved: "approved",
    submittedHint: "Counts submitted, approved and locked reports; drafts and returned reports do not count.",
    approvedHint: "Counts only approved or locked reports.",
  },
  provisional: {
    title: "Provisional figures",
    reported: {
      submitted: "{reporting} of {total} base units have submitted their report for {month}.",
      approved: "{reporting} of {total} base units have an approved report for {month}.",
    },
    collecting: {
      submitted: "Due by the end of {date}. The figures will change as the remaining units report.",
      approved: "Due by the end of {date}. The figures will change as the remaining reports are approved.",
    },
    overdue: {
      submitted: "The deadline (end of {date}) has passed: the figures leave out the {missing} units still missing.",
      approved:
        "The deadline (end of {date}) has passed: the figures leave out the {missing} units without an approved report.",
    },
    noDeadline: {
      submitted: "The figures leave out the {missing} units still missing.",
      approved: "The figures leave out the {missing} units without an approved report.",
    },
    marked: "Figures marked “provisional” count only the units with figures so far and will change.",
  },
};

export const cards: typeof vi.cards = {
  coverageRate: "Coverage rate",
  coverageRateHint: "People insured ÷ population",
  insured: "People insured",
  insuredHint: "{newlyEnrolled} new, {renewed} renewals this month",
  population: "Population",
  gap: "People still to enroll",
  gapHint: "To reach the {target} target",
  gapReached: "{target} target reached",
  uninsured: "People not yet insured",
  uninsuredHint: "Population − people insured",
  uninsuredOver: "More people insured than the population",
  coverageRateReported: "Coverage (reported population)",
  officialRate: "Coverage (official population)",
  officialRateHint:
    "People insured ÷ official population for {year} (General Statistics Office): {population}. Population the communes report: {reported}.",
  points: "Against target",
  pointsUnit: "points",
  noTarget: "No target applies",
  targetFrom: "Target {target} from {plan} (due {due})",
  inheritedFrom: "inherited from a higher level",
  attainment: "Attainment of the assigned number",
  attainmentHint: "{reached} / {assigned} people assigned",
  voluntary: "Voluntary social insurance: attainment",
  voluntaryHint: "{reached} / {assigned} people assigned",
  provisional: "Provisional",
  provisionalHint: "Only {reporting} of {total} base units have reported: this figure will change.",
};

export const groups: typeof vi.groups = {
  title: "Coverage by participant group",
  description:
    "Bars: actual rate (insured ÷ eligible). Marks: the plan's target. Figure above a bar: points above or below the target. The axis starts at the value at its foot, so that small gaps show.",
  group: "Group",
  actual: "Actual",
  target: "Target",
  points: "Difference (points)",
  insured: "Insured",
  eligible: "Eligible",
  gap: "Still to enroll",
  uninsured: "Not yet insured",
  uninsuredNote:
    "“Not yet insured” = eligible − insured (0 above 100%); “Still to enroll” = people still needed to reach the target.",
};

export const trend: typeof vi.trend = {
  title: "Monthly coverage trend",
  description: "Overall coverage rate and the target in force each month.",
  rate: "Coverage rate",
  target: "Target",
  reorganisation: "Reorganisation 1 July 2025",
  noReports: "no reports",
};

export const status: typeof vi.status = {
  met: "Target met",
  near: "Nearly there",
  behind: "Behind",
  noTarget: "No target",
  noData: "No figures",
  overHundred: "over 100%",
  overHundredHint:
    "Rate above 100%: more people insured than the population or the people eligible (often an estimate). Check those figures.",
};
