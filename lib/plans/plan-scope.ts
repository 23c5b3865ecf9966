// The unit a plan action is about, for the action wrapper's scope check: the plan's scope unit
// (null when the plan does not exist: refused, the same answer as outside the scope).
import type { ScopeTarget } from "@/lib/actions/authed-action";
import type { DbClient } from "@/lib/db-client";

export async function planScope({ planId }: { planId: number }, client: DbClient): Promise<ScopeTarget | null> {
  const plan = await client.plan.findUnique({ where: { id: planId }, select: { scopeUnitId: true } });
  return plan ? { unitId: plan.scopeUnitId } : null;
}
