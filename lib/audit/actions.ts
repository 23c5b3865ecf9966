// The actions the audit log records. Data-changing server actions name theirs in their result
// (lib/actions/authed-action.ts); sign-in events are written by lib/auth/sign-in.ts and sign-out.ts.
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.locked_out",
  "auth.sign_out",
  "account.password_change",
  "user.create",
  "user.deactivate",
  "user.reactivate",
  "user.password_reset",
  "user.unlock_sign_in",
  "user.set_phone",
  "report.save",
  "report.submit",
  "report.import_file",
  "report.import",
  "plan.create",
  "plan.update",
  "plan.archive",
  "plan.restore",
  "plan.allocate",
  "campaign.create",
  "campaign.update",
  "campaign.end",
  "threshold.create",
  "threshold.update",
  "threshold.delete",
  "report.approve",
  "report.return",
  "report.lock",
  "report.unlock",
  "report.remind",
  "notification.read",
  "reporting_rule.create",
  "reporting_rule.update",
  "reporting_rule.delete",
  "group_set.create",
  "unit.import_list",
  "unit.import_successions",
  "population.import",
  "boundary.import",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
