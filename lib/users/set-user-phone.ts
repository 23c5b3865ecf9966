// Setting (or removing) the contact phone of an account: by whoever manages it (administrators;
// provincial officials for the accounts of their province), like the account's other changes.
// The officials who review the account's unit see the number beside it (review page).
import { ActionRefusal, defineAction, type ActionContext } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { setUserPhoneSchema } from "@/lib/validation/account";
import { phoneSchema } from "@/lib/validation/phone";

import { loadManagedUser, managedUserScope } from "./managed-user";

/** The phone as typed, read with phoneSchema; a refusal in the reader's language names the field. */
export function readPhone(typed: string | undefined, { t }: Pick<ActionContext, "t">): string | null {
  const parsed = phoneSchema.safeParse(typed ?? "");
  if (!parsed.success) throw new ActionRefusal(t.actions.invalidInput, { phone: [t.users.phoneInvalid] });
  return parsed.data;
}

export const setUserPhoneSpec = defineAction(
  "user.set_phone",
  setUserPhoneSchema,
  "user:manage",
  async (input, context) => {
    const target = await loadManagedUser(input.userId, context);
    const { tx, t } = context;
    const phone = readPhone(input.phone, context);
    const { phone: before } = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: { phone: true } });
    if (before === phone) return { audit: null, message: fill(t.users.phoneUnchanged, { username: target.username }) };
    await tx.user.update({ where: { id: target.id }, data: { phone } });
    return {
      audit: {
        action: "user.set_phone",
        entityType: "user",
        entityId: target.id,
        unitId: target.scopeUnitId,
        before: { phone: before },
        after: { phone },
      },
      message: fill(phone ? t.users.phoneSaved : t.users.phoneRemoved, { username: target.username }),
    };
  },
  { scope: managedUserScope, revalidate: ["/admin/users", "/review"] },
);
