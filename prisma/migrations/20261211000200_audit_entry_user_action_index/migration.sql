-- Whether a user signed in from an address in the last 30 days (lib/auth/throttle.ts, signedInFrom)
-- is asked at every sign-in. With only (user_id, at), a user with many recent audit entries read them
-- all: an administrator who had imported a few 10,000-row files waited 0.7 s to sign in.
-- CreateIndex
CREATE INDEX "audit_entry_user_id_action_at_idx" ON "audit_entry"("user_id", "action", "at");
