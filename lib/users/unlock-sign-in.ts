// Lifting the sign-in locks of an account (lib/auth/throttle.ts), for a user whom failed sign-ins,
// theirs or a stranger's, keep out: the username's own lock and its locks at single addresses go,
// with their failure counts. Locks of an address across usernames stay: they are not the user's.
// Refused, changing nothing, when the account has no lock.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { unlockSignInSchema } from "@/lib/validation/account";

import { loadManagedUser, managedUserScope } from "./managed-user";

export const unlockSignInSpec = defineAction(
  "user.unlock_sign_in",
  unlockSignInSchema,
  "user:manage",
  async (input, context) => {
    const target = await loadManagedUser(input.userId, context);
    const { tx, t } = context;
    const counters = await tx.signInThrottle.findMany({
      where: { username: target.username },
      orderBy: { key: "asc" },
    });
    const locks = counters.flatMap((row) =>
      row.lockedUntil ? [{ key: row.key, lockedUntil: row.lockedUntil.toISOString() }] : [],
    );
    if (locks.length === 0) throw new ActionRefusal(fill(t.users.notLocked, { username: target.username }));
    await tx.signInThrottle.deleteMany({ where: { username: target.username } });
    return {
      audit: {
        action: "user.unlock_sign_in",
        entityType: "user",
        entityId: target.id,
        unitId: target.scopeUnitId,
        before: { locks },
      },
      message: fill(t.users.signInUnlocked, { username: target.username }),
    };
  },
  { scope: managedUserScope, revalidate: ["/admin/users"] },
);
