// The name of each destination (lib/auth/navigation.ts) in the reader's language.
import type { DestinationKey } from "@/lib/auth/navigation";
import type { Messages } from "@/lib/i18n/messages";

export function destinationLabel(key: DestinationKey, t: Messages): string {
  switch (key) {
    case "dashboard":
    case "report":
    case "review":
    case "plans":
    case "import":
    case "export":
      return t.nav[key];
    case "users":
      return t.users.title;
    case "reportingRules":
      return t.reports.rules.menu;
    case "groupSets":
      return t.groupSets.menu;
    case "thresholds":
      return t.plans.thresholdsNav;
    case "units":
      return t.units.import.navLink;
    case "audit":
      return t.audit.title;
    case "security":
      return t.security.title;
  }
}
