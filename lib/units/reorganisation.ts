// The national reorganisation of administrative units: from 1 July 2025 the district level was
// abolished and provinces and communes merged. Used to label structures and mark charts; the
// structure itself always comes from unit validity dates in the database.
import type { Month } from "@/lib/period";

export const REORGANISATION_MONTH: Month = "2025-07";

export function isBeforeReorganisation(month: Month): boolean {
  return month < REORGANISATION_MONTH;
}
