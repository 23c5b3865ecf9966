// Creating an account: an administrator may create any account; a provincial official only
// district officers, commune staff and leaders whose unit lies in their own province. The unit
// must suit the role (a commune for commune staff…). The creator sets a first password that the
// new user must change at the first sign-in, and may give a contact phone (./set-user-phone.ts).
import { randomUUID } from "node:crypto";

import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { canAssignRole } from "@/lib/permissions/can";
import { SCOPE_UNIT_KINDS } from "@/lib/permissions/roles";
import { createUserSchema } from "@/lib/validation/account";

import { setCredentialPassword } from "./credentials";
import { readPhone } from "./set-user-phone";

export const createUserSpec = defineAction(
  "user.create",
  createUserSchema,
  "user:manage",
  async (input, { user, tx, t }) => {
    if (!canAssignRole(user, input.role)) {
      throw new ActionRefusal(t.actions.invalidInput, { role: [t.users.roleNotAllowed] });
    }
    const unit = await tx.unit.findUnique({ where: { id: input.scopeUnitId }, select: { kind: true } });
    if (!unit || !SCOPE_UNIT_KINDS[input.role].includes(unit.kind)) {
      throw new ActionRefusal(t.actions.invalidInput, { scopeUnitId: [t.users.unitKindNotAllowed] });
    }
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new ActionRefusal(t.actions.invalidInput, { username: [t.users.usernameTaken] });
    }
    const phone = readPhone(input.phone, { t });
    const id = randomUUID();
    const account = {
      username: input.username,
      name: input.name,
      role: input.role,
      scopeUnitId: input.scopeUnitId,
      phone,
    };
    await tx.user.create({ data: { id, ...account, displayUsername: input.username, mustChangePassword: true } });
    await setCredentialPassword(tx, id, input.password);
    return {
      audit: {
        action: "user.create",
        entityType: "user",
        entityId: id,
        unitId: input.scopeUnitId,
        after: { ...account, active: true },
      },
      message: fill(t.users.created, { username: input.username }),
    };
  },
  { scope: async (input) => ({ unitId: input.scopeUnitId }), revalidate: ["/admin/users"] },
);
