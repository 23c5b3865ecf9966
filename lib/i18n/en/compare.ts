// The English words of lib/i18n/vi/compare.ts: the same keys (checked by the type).
import type { compare as vi } from "../vi/compare";

export const compare: typeof vi = {
  open: "Compare two months",
  openHint: "Set two months side by side for this unit and its child units",
  title: "{from} against {to}",
  from: "Compare",
  to: "With",
  submit: "Compare",
  back: "Back to the dashboard",
  structure: {
    month: "Units in the administrative structure of {month}; the earlier month in its own structure.",
    current:
      "Both months in today's administrative structure: months before the reorganisation show the predecessors' figures carried in.",
  },
  unit: "Unit",
  rate: "Coverage",
  insured: "People insured",
  change: "Change",
  caption: "Coverage rate and people insured: {from} and {to}",
  children: "Child units",
};
