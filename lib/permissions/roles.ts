// Who may do what, as data: one table from role to allowed actions, the roles each role may give
// to the users it creates, and the kinds of unit each role's scope may be. Where a user may act is
// decided by the scope unit (./scope.ts); what a user may do is decided here and nowhere else.
import type { Role, UnitKind } from "@prisma/client";

export const PERMISSIONS = [
  "coverage:read", // see dashboards of units in scope
  "report:edit", // enter or correct a unit's monthly report
  "report:submit", // submit a monthly report for review
  "report:review", // approve or return a submitted report
  "report:unlock", // reopen an approved or locked report
  "report:remind", // remind communes that have not submitted their report
  "report:import", // submit many base units' reports from an Excel or CSV file (each row checked against the scope)
  "report:export", // download the figures of units in scope as Excel
  "reporting-rule:manage", // set who approves reports and by when they are due
  "group-set:manage", // add a set of participant groups from a date (a new law period)
  "plan:manage", // create and edit plans and their targets
  "campaign:manage", // create, edit and end enrollment campaigns of units in scope (lib/campaigns/campaign-access.ts)
  "threshold:manage", // edit the New Rural Area thresholds (national reference data)
  "user:manage", // create, deactivate, reactivate users, reset their passwords and lift their sign-in locks
  "audit:read", // read the audit log
  "security:read", // read the security log: writes refused by permission or scope, whole country
  "account:update-own", // change one's own password
  "notification:read", // read one's own notifications and mark them read
  "unit:import", // import official unit lists, succession tables and official populations (national GSO data)
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  "ADMIN",
  "PROVINCIAL_OFFICIAL",
  "DISTRICT_OFFICER",
  "COMMUNE_STAFF",
  "LEADER",
] as const satisfies readonly Role[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  PROVINCIAL_OFFICIAL: [
    "coverage:read",
    "report:review",
    "report:unlock",
    "report:remind",
    "report:import",
    "report:export",
    "plan:manage",
    "campaign:manage",
    "user:manage",
    "audit:read",
    "account:update-own",
    "notification:read",
  ],
  DISTRICT_OFFICER: [
    "coverage:read",
    "report:review",
    "report:remind",
    "report:import",
    "report:export",
    "campaign:manage",
    "audit:read",
    "account:update-own",
    "notification:read",
  ],
  COMMUNE_STAFF: [
    "coverage:read",
    "report:edit",
    "report:submit",
    "report:import",
    "report:export",
    "account:update-own",
    "notification:read",
  ],
  LEADER: ["coverage:read", "report:export", "account:update-own", "notification:read"],
};

/** Roles a user with `user:manage` may give to the users they create or manage. */
export const ASSIGNABLE_ROLES: Record<Role, readonly Role[]> = {
  ADMIN: ROLES,
  PROVINCIAL_OFFICIAL: ["DISTRICT_OFFICER", "COMMUNE_STAFF", "LEADER"],
  DISTRICT_OFFICER: [],
  COMMUNE_STAFF: [],
  LEADER: [],
};

const PROVINCE_KINDS: readonly UnitKind[] = ["PROVINCE", "MUNICIPALITY"];
const DISTRICT_KINDS: readonly UnitKind[] = ["DISTRICT", "URBAN_DISTRICT", "TOWN", "PROVINCIAL_CITY"];
export const COMMUNE_KINDS: readonly UnitKind[] = ["COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE"];

/** Kinds of unit a role's scope may be: a leader may be given any unit, the country included. */
export const SCOPE_UNIT_KINDS: Record<Role, readonly UnitKind[]> = {
  ADMIN: ["COUNTRY"],
  PROVINCIAL_OFFICIAL: PROVINCE_KINDS,
  DISTRICT_OFFICER: DISTRICT_KINDS,
  COMMUNE_STAFF: COMMUNE_KINDS,
  LEADER: ["COUNTRY", ...PROVINCE_KINDS, ...DISTRICT_KINDS, ...COMMUNE_KINDS],
};

/** Roles whose scope is every unit, whatever their scope unit. */
export const UNRESTRICTED_SCOPE_ROLES: readonly Role[] = ["ADMIN"];
