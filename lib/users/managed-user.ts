// The user an administrator or official acts on (deactivate, reactivate, reset password): found
// by id, in the actor's scope (checked by the action wrapper through `managedUserScope`), with a
// role the actor may give, and not the actor themself.
import type { Prisma } from "@prisma/client";

import { AccessRefusal, ActionRefusal, type ActionContext, type ScopeTarget } from "@/lib/actions/authed-action";
import type { DbClient } from "@/lib/db-client";
import { canAssignRole } from "@/lib/permissions/can";

export async function managedUserScope({ userId }: { userId: string }, client: DbClient): Promise<ScopeTarget | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { scopeUnitId: true } });
  return user ? { unitId: user.scopeUnitId } : null;
}

const managedUserSelect = {
  id: true,
  username: true,
  role: true,
  active: true,
  scopeUnitId: true,
} satisfies Prisma.UserSelect;

export async function loadManagedUser(userId: string, { user: actor, tx, t }: ActionContext) {
  const target = await tx.user.findUnique({ where: { id: userId }, select: managedUserSelect });
  if (target?.id === actor.id) throw new ActionRefusal(t.users.cannotChangeSelf);
  if (!target) throw new AccessRefusal(t, "not_found");
  if (!canAssignRole(actor, target.role)) throw new AccessRefusal(t, "permission", target.scopeUnitId);
  return target;
}
