// A user changing their own password: the current one is required; the user's other sessions end.
import { z } from "zod";
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { setCredentialPassword, verifyCredentialPassword } from "./credentials";

const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "Vui lòng nhập mật khẩu hiện tại" }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "Mật khẩu nhập lại không khớp",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Mật khẩu mới phải khác mật khẩu hiện tại",
  });

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
