// Deactivating (or reactivating) an account. A deactivated user cannot sign in and their open
// sessions end at once; the account stays, because the audit log refers to it.
import { defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { setUserActiveSchema } from "@/lib/validation/account";

import { loadManagedUser, managedUserScope } from "./managed-user";

export const setUserActiveSpec = defineAction(
  "user.set_active",
  setUserActiveSchema,
  "user:manage",
  async (input, context) => {
    const target = await loadManagedUser(input.userId, context);
    const { tx, t } = context;
    await tx.user.update({ where: { id: target.id }, data: { active: input.active } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: target.id } });
    return {
      audit: {
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: target.id,
        unitId: target.scopeUnitId,
        before: { active: target.active },
        after: { active: input.active },
      },
      message: fill(input.active ? t.users.reactivated : t.users.deactivated, { username: target.username }),
    };
  },
  { scope: managedUserScope, revalidate: ["/admin/users"] },
);
