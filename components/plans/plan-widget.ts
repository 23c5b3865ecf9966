// What every widget of a plan's leader view is given.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { PlanViewUnit } from "@/lib/plans/resolve-plan-view";
import type { PlanDetail } from "@/lib/queries/get-plan";

export type PlanWidgetProps = {
  plan: PlanDetail;
  unit: PlanViewUnit;
  month: Month;
  historyFrom: Month;
  locale: Locale;
  t: Messages;
};
