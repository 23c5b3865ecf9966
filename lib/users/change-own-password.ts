// A user changing their own password: the current one is required; the user's other sessions end.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { changeOwnPasswordSchema } from "@/lib/validation/account";

import { setCredentialPassword, verifyCredentialPassword } from "./credentials";

export const changeOwnPasswordSpec = defineAction(
  "account.change_password",
  changeOwnPasswordSchema,
  "account:update-own",
  async (input, { user, tx, t }) => {
    if (!(await verifyCredentialPassword(tx, user.id, input.currentPassword))) {
      throw new ActionRefusal(t.actions.invalidInput, { currentPassword: [t.account.wrongCurrentPassword] });
    }
    await setCredentialPassword(tx, user.id, input.newPassword);
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: user.sessionId } } });
    return {
      audit: { action: "account.password_change", entityType: "user", entityId: user.id, unitId: user.scopeUnitId },
      message: t.account.passwordChanged,
    };
  },
);
