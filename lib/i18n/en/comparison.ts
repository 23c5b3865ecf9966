// The English words of lib/i18n/vi/comparison.ts: the same keys (checked by the type).
import type { comparison as vi } from "../vi/comparison";

export const comparison: typeof vi = {
  title: "Change",
  lastMonth: "Since last month",
  lastYear: "Since the same month last year",
  points: "{points} points",
  people: "{people} people",
  pointsLabel: "Coverage rate",
  peopleLabel: "People insured",
  reason: {
    notExisting: "No comparison: the unit did not exist in {month}.",
    notReported: {
      submitted: "No comparison: no report counted in {month}.",
      approved: "No comparison: no approved report in {month}.",
    },
    notReportedNow: {
      submitted: "No comparison: no report counted this month yet.",
      approved: "No comparison: no approved report this month yet.",
    },
  },
  notExistingHint:
    "Choose “View in: Today's structure” to compare with the figures of the units before the reorganisation.",
  shortReason: {
    notExisting: "no such unit",
    notReported: { submitted: "not reported", approved: "not approved" },
    notReportedNow: { submitted: "not reported", approved: "not approved" },
  },
  provisional: "provisional",
  provisionalHint: "Reports are missing in one of the two months: the change will still move.",
};
