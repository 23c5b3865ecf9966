-- Sign-in throttling by (username, address) pair: a counter row names the username it concerns
-- (null for the counter of an address across usernames), so that the locks of one user can be
-- listed and lifted by an administrator (lib/auth/throttle.ts).
ALTER TABLE "sign_in_throttle" ADD COLUMN "username" TEXT;

UPDATE "sign_in_throttle" SET "username" = substr("key", 6) WHERE "key" LIKE 'user:%';

CREATE INDEX "sign_in_throttle_username_idx" ON "sign_in_throttle"("username");
