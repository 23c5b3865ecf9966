// Figures from real reports that the demo reproduces, so that a demo walk-through can show them.
import { parseMonth, type MonthIndex } from "./months";

interface PinnedTotalInsured {
  oldCommuneCode: string;
  month: MonthIndex;
  totalInsured: number;
}

export const PINNED_TOTAL_INSURED: readonly PinnedTotalInsured[] = [
  // Phường Mỹ Long (An Giang): 16,984 people insured in 2022, 101.12% of the 16,796 assigned (DOMAIN.md).
  { oldCommuneCode: "30283", month: parseMonth("2022-12"), totalInsured: 16984 },
];
