// Runs server actions outside Next.js: the signed-in user is given, the request is made up, and
// revalidated paths are collected instead of purging a cache.
import type { ActionEnvironment, ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";

export class RedirectedToSignIn extends Error {}

export function actionEnvironment(user: ActionUser | null, revalidated: string[] = []): ActionEnvironment {
  return {
    db,
    currentUser: async () => user,
    origin: async () => ({ ip: "192.0.2.10", userAgent: "vitest" }),
    messages: async () => MESSAGES.vi,
    revalidatePath: (path) => {
      revalidated.push(path);
    },
    unauthenticated: () => {
      throw new RedirectedToSignIn();
    },
  };
}

/** Row counts of the tables actions write, to show that a refused call wrote nothing. */
export async function writtenRows() {
  const [users, accounts, sessions, audit] = await Promise.all([
    db.user.count(),
    db.account.count(),
    db.session.count(),
    db.auditEntry.count(),
  ]);
  return { users, accounts, sessions, audit };
}
