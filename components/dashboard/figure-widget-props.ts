import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";

/**
 * What each of the dashboard's figure widgets is given: the unit and month, which structure and
 * which reports count, and the reader's words.
 */
export type FigureWidgetProps = {
  unitId: number;
  month: Month;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (figures carried from predecessors); null: the month's own structure. */
  structureMonth?: Month | null;
  /** Which reports count (lib/coverage/counting-rule.ts). */
  basis?: CountingBasis;
};
