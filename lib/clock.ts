// The product's one clock. Every "now" and "today" of the app, the seed, the reporting and deadline
// rules and the benchmark comes from here, and every calendar question ("which month is it?") is
// answered in Vietnam's time (UTC+7, no daylight saving), whatever the server's time zone.
//
// APP_TODAY pins the clock for development, tests and demos:
//   APP_TODAY=2026-11-29                  the Vietnam calendar day is pinned; the time of day runs on
//                                         with the real clock, so timestamps still move forward;
//   APP_TODAY=2026-11-30T23:30:00+07:00   the clock shows that instant when it is first read and
//                                         runs on from there (for moments near midnight).
// A production start refuses a pinned clock unless ALLOW_PINNED_CLOCK=1 (lib/auth/production-start.ts).
import { addMonths, dateToMonth, type Month } from "@/lib/period";

/** Offset of Vietnam's time from UTC in milliseconds. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The pin last read, and the real moment it was first read: an instant pin runs on from there. */
let pinSeen: { value: string; at: number } | null = null;

/**
 * The moment a pinned clock shows at `realNow`, or null when `pin` is empty. Throws on a value that
 * is neither a date nor an instant with its offset, so that a typo never passes for the real date.
 */
export function pinnedMoment(pin: string | undefined, realNow: number, pinnedAt: number = realNow): Date | null {
  const value = pin?.trim();
  if (!value) return null;
  const date = DATE_ONLY.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const dayStart = Date.UTC(year, month - 1, day);
    if (new Date(dayStart).getUTCDate() !== day || month < 1 || month > 12)
      throw new Error(`APP_TODAY=${value} is not a calendar date`);
    // Keep the real time of day in Vietnam; move the day to the pinned one.
    const timeOfDay = (((realNow + VIETNAM_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
    return new Date(dayStart - VIETNAM_OFFSET_MS + timeOfDay);
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    return new Date(Date.parse(value) + (realNow - pinnedAt));
  throw new Error(
    `APP_TODAY=${value}: expected YYYY-MM-DD or an ISO instant with its offset (2026-11-30T23:30:00+07:00)`,
  );
}

export class PinnedClockError extends Error {}

/**
 * Refuses a pinned clock in production unless ALLOW_PINNED_CLOCK=1, and an APP_TODAY that does not
 * parse anywhere: checked when a production server starts and by the seed.
 */
export function assertClockAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.APP_TODAY?.trim()) return;
  try {
    pinnedMoment(env.APP_TODAY, Date.now());
  } catch (error) {
    throw new PinnedClockError((error as Error).message);
  }
  if (env.NODE_ENV === "production" && env.ALLOW_PINNED_CLOCK !== "1") {
    throw new PinnedClockError(
      `APP_TODAY=${env.APP_TODAY} pins the clock: refused in production unless ALLOW_PINNED_CLOCK=1`,
    );
  }
}

/** Now: the real moment, or the pinned one under APP_TODAY. */
export function now(): Date {
  const pin = process.env.APP_TODAY?.trim();
  if (!pin) return new Date();
  const realNow = Date.now();
  if (pinSeen?.value !== pin) pinSeen = { value: pin, at: realNow };
  return pinnedMoment(pin, realNow, pinSeen.at)!;
}

/**
 * The real moment, never pinned: for security timers only (session expiry and idle time, sign-in
 * lock-outs), which a pinned calendar must never stretch or shorten.
 */
export function wallClock(): Date {
  return new Date();
}

/** The calendar day in Vietnam at `at`, as a Date at UTC midnight of that day. */
export function vietnamDay(at: Date = now()): Date {
  const shifted = at.getTime() + VIETNAM_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The current month in Vietnam. */
export function currentMonth(at: Date = now()): Month {
  return dateToMonth(vietnamDay(at));
}

/** The last month that has ended, in Vietnam: the month whose reports are being collected. */
export function lastCompleteMonth(at: Date = now()): Month {
  return addMonths(currentMonth(at), -1);
}

/** The moment Vietnam's calendar day `day` (a Date at UTC midnight) begins. */
export function vietnamDayStart(day: Date): Date {
  return new Date(day.getTime() - VIETNAM_OFFSET_MS);
}
