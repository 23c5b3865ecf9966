// Why a server action refused a write, as the security log records it (lib/security/record-security-event.ts).
export const REFUSAL_REASONS = [
  /** The user's role does not allow the action (lib/permissions/roles.ts), or not at this level. */
  "permission",
  /** The user must change their password first and may do nothing else. */
  "password_change_required",
  /** The unit or object exists but is outside the user's scope (lib/permissions/scope.ts). */
  "out_of_scope",
  /** The unit or object the request names does not exist. */
  "not_found",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: string): value is RefusalReason {
  return (REFUSAL_REASONS as readonly string[]).includes(value);
}
