// Where each role goes: its main destinations (the header's navigation on a desktop, the bottom bar
// on a phone) and its administration pages (the user menu on a desktop, "more" on a phone). Both
// layouts take their lists from here, so that they never differ.
import type { Role, UnitKind } from "@prisma/client";

import { can } from "@/lib/permissions/can";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";
import { reportImportHref } from "@/lib/routes";

import { homeHref, reviewHomeHref } from "./home";

export type MainDestinationKey = "dashboard" | "report" | "review" | "plans" | "import" | "export";
export type AdminDestinationKey =
  "users" | "reportingRules" | "groupSets" | "thresholds" | "units" | "audit" | "security";
export type DestinationKey = MainDestinationKey | AdminDestinationKey;

export type Destination<Key extends DestinationKey = DestinationKey> = {
  key: Key;
  href: string;
  /** The paths it stands for, each with the pages below it ("/plans" is also "/plans/3/edit"). */
  sections: string[];
};

export type Navigation = { main: Destination<MainDestinationKey>[]; admin: Destination<AdminDestinationKey>[] };

type NavigationUser = { role: Role; scopeUnit: { code: string; kind: UnitKind; validTo: Date | null } };

/** The destinations a user's role allows, in the order they are shown. */
export function navigationFor(user: NavigationUser): Navigation {
  const reviewHome = can(user, "report:review") ? reviewHomeHref(user.scopeUnit) : null;
  const main: (Destination<MainDestinationKey> | false)[] = [
    { key: "dashboard", href: homeHref(user.scopeUnit), sections: ["/coverage"] },
    // Commune staff's start page ("/", their monthly task) belongs to the monthly report.
    can(user, "report:edit") &&
      COMMUNE_KINDS.includes(user.scopeUnit.kind) && { key: "report", href: "/reports", sections: ["/reports", "/"] },
    // A reviewer opens a commune's report from the review page: still reviewing.
    reviewHome !== null && { key: "review", href: reviewHome, sections: ["/review", "/reports"] },
    { key: "plans", href: "/plans", sections: ["/plans"] },
    can(user, "report:import") && { key: "import", href: reportImportHref(), sections: ["/reports/import"] },
    can(user, "report:export") && { key: "export", href: "/reports/export", sections: ["/reports/export"] },
  ];
  const admin: (Destination<AdminDestinationKey> | false)[] = [
    can(user, "user:manage") && { key: "users", href: "/admin/users", sections: ["/admin/users"] },
    can(user, "reporting-rule:manage") && {
      key: "reportingRules",
      href: "/admin/reporting-rules",
      sections: ["/admin/reporting-rules"],
    },
    can(user, "group-set:manage") && { key: "groupSets", href: "/admin/group-sets", sections: ["/admin/group-sets"] },
    can(user, "threshold:manage") && { key: "thresholds", href: "/admin/thresholds", sections: ["/admin/thresholds"] },
    can(user, "unit:import") && { key: "units", href: "/admin/units/import", sections: ["/admin/units"] },
    can(user, "audit:read") && { key: "audit", href: "/admin/audit", sections: ["/admin/audit"] },
    can(user, "security:read") && { key: "security", href: "/admin/security", sections: ["/admin/security"] },
  ];
  return { main: main.filter((d) => d !== false), admin: admin.filter((d) => d !== false) };
}

/**
 * The destination a path belongs to: the one with the longest section that is the path or above it
 * ("/reports/import/template" is the import, "/reports/07777" the monthly report); null for a page
 * of none (the account's pages).
 */
export function currentDestination(
  pathname: string,
  destinations: readonly Pick<Destination, "key" | "sections">[],
): DestinationKey | null {
  let best: { key: DestinationKey; length: number } | null = null;
  for (const { key, sections } of destinations) {
    for (const section of sections) {
      const within = pathname === section || pathname.startsWith(`${section}/`);
      if (within && (!best || section.length > best.length)) best = { key, length: section.length };
    }
  }
  return best?.key ?? null;
}

/** How many main destinations the phone's bottom bar holds beside "more"; the rest go under "more". */
export const BOTTOM_BAR_SIZE = 4;
