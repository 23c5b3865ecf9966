// The role → permission table, as the product describes the roles.
import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";

import { can, canAssignRole } from "@/lib/permissions/can";
import { PERMISSIONS, ROLES, SCOPE_UNIT_KINDS, type Permission } from "@/lib/permissions/roles";

const expected: Record<Role, Permission[]> = {
  ADMIN: [...PERMISSIONS],
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
  // District officers run campaigns (đợt vận động) for their district, before July 2025.
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

describe("role permissions", () => {
  it.each(ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission] as const)))(
    "%s may %s only if the table says so",
    (role, permission) => {
      expect(can({ role }, permission)).toBe(expected[role].includes(permission));
    },
  );

  it("keeps leaders read-only", () => {
    // Marking one's own notifications read changes no data of any unit.
    const reads: Permission[] = ["coverage:read", "report:export", "account:update-own", "notification:read"];
    const writes = PERMISSIONS.filter((p) => !reads.includes(p));
    expect(writes.some((p) => can({ role: "LEADER" }, p))).toBe(false);
  });
});

describe("roles a user may give", () => {
  it("lets an administrator give any role", () => {
    expect(ROLES.every((role) => canAssignRole({ role: "ADMIN" }, role))).toBe(true);
  });

  it("lets a provincial official give district, commune and leader roles, never administrator or official", () => {
    expect(ROLES.filter((role) => canAssignRole({ role: "PROVINCIAL_OFFICIAL" }, role))).toEqual([
      "DISTRICT_OFFICER",
      "COMMUNE_STAFF",
      "LEADER",
    ]);
  });

  it("lets nobody else give any role", () => {
    for (const actor of ["DISTRICT_OFFICER", "COMMUNE_STAFF", "LEADER"] as const) {
      expect(ROLES.some((role) => canAssignRole({ role: actor }, role))).toBe(false);
    }
  });

  it("gives each role a scope of the right level", () => {
    expect(SCOPE_UNIT_KINDS.COMMUNE_STAFF).toEqual(["COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE"]);
    expect(SCOPE_UNIT_KINDS.DISTRICT_OFFICER).not.toContain("COMMUNE");
    expect(SCOPE_UNIT_KINDS.PROVINCIAL_OFFICIAL).toEqual(["PROVINCE", "MUNICIPALITY"]);
    expect(SCOPE_UNIT_KINDS.LEADER).toContain("COUNTRY");
  });
});
