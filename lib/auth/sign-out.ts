// Ending the current session: better-auth deletes it and clears the cookie (through nextCookies in
// a server action); the sign-out is written to the audit log.
import "server-only";

import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { db } from "@/lib/db";

import { getAuth } from "./auth";
import { requestOriginFrom } from "./request-origin";
import type { SessionUser } from "./session";

export async function signOutSession(user: SessionUser, requestHeaders: Headers): Promise<void> {
  await getAuth().api.signOut({ headers: requestHeaders });
  await writeAuditEntry(db, { userId: user.id, username: user.username }, requestOriginFrom(requestHeaders), {
    action: "auth.sign_out",
    entityType: "session",
    entityId: user.sessionId,
    unitId: user.scopeUnitId,
  });
}
