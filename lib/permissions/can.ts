// Checks of what a user may do (the role → permission table in ./roles.ts). Where the user may do
// it is checked by ./scope.ts.
import type { Role } from "@prisma/client";

import { ASSIGNABLE_ROLES, ROLE_PERMISSIONS, type Permission } from "./roles";

export function can(user: { role: Role }, permission: Permission): boolean {
  return ROLE_PERMISSIONS[user.role].includes(permission);
}

/** Whether `actor` may create (or manage) a user with role `role`. */
export function canAssignRole(actor: { role: Role }, role: Role): boolean {
  return can(actor, "user:manage") && ASSIGNABLE_ROLES[actor.role].includes(role);
}
