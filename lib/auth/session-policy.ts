// How long a session lasts. A session ends 7 days after sign-in whatever happens (the cookie and
// the database row expire together: better-auth's `expiresIn`, never extended), and earlier after
// 8 hours without a request (checked on every request against `session.last_active_at`, which
// is written at most every 5 minutes). Sign-out, deactivation and a password change end sessions
// at once.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const SESSION_ACTIVITY_WRITE_INTERVAL_MS = 5 * 60 * 1000;

export function isSessionIdle(lastActiveAt: Date, now: Date): boolean {
  return now.getTime() - lastActiveAt.getTime() > SESSION_IDLE_TIMEOUT_MS;
}

export function shouldRecordActivity(lastActiveAt: Date, now: Date): boolean {
  return now.getTime() - lastActiveAt.getTime() > SESSION_ACTIVITY_WRITE_INTERVAL_MS;
}
