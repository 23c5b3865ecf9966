// An administrator's or official's password reset: sets a new password that the user must change
// at the next sign-in, and ends the user's sessions. The audit entry never holds a password.
import { defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { resetUserPasswordSchema } from "@/lib/validation/account";

import { setCredentialPassword } from "./credentials";
import { loadManagedUser, managedUserScope } from "./managed-user";

export const resetUserPasswordSpec = defineAction(
  "user.reset_password",
  resetUserPasswordSchema,
  "user:manage",
  async (input, context) => {
    const target = await loadManagedUser(input.userId, context);
    const { tx, t } = context;
    await setCredentialPassword(tx, target.id, input.password);
    await tx.user.update({ where: { id: target.id }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: target.id } });
    return {
      audit: {
        action: "user.password_reset",
        entityType: "user",
        entityId: target.id,
        unitId: target.scopeUnitId,
        after: { mustChangePassword: true },
      },
      message: fill(t.users.passwordReset, { username: target.username }),
    };
  },
  { scope: managedUserScope, revalidate: ["/admin/users"] },
);
