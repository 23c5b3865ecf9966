// Figures from real reports that the demo reproduces, so that a demo walk-through can show them.
import type { Month } from "../../lib/period";

interface PinnedTotalInsured {
  oldCommuneCode: string;
  month: Month;
  totalInsured: number;
}

export const PINNED_TOTAL_INSURED: readonly PinnedTotalInsured[] = [
  // Phường Mỹ Long (An Giang): 16,984 people insured in 2022, 101.12% of the 16,796 assigned, and
  // 16,645 after the first nine months of 2023, 96.52% of the year's number (DOMAIN.md).
  { oldCommuneCode: "30283", month: "2022-12", totalInsured: 16984 },
  { oldCommuneCode: "30283", month: "2023-09", totalInsured: 16645 },
];

interface PinnedVoluntarySocial {
  oldCommuneCode: string;
  month: Month;
  /** The number assigned for the month's year, and the participants reached in the month. */
  assigned: number;
  insured: number;
}

export const PINNED_VOLUNTARY_SOCIAL: readonly PinnedVoluntarySocial[] = [
  // Phường Mỹ Long: 114 of 201 assigned in 2022 (56.72%), 133 of 201 after nine months of 2023 (66.17%).
  { oldCommuneCode: "30283", month: "2022-12", assigned: 201, insured: 114 },
  { oldCommuneCode: "30283", month: "2023-09", assigned: 201, insured: 133 },
];
