// The name of every server action built by authedAction (lib/actions/authed-action.ts): what the
// security log records when an action is refused. Names follow the audit log's (lib/audit/actions.ts)
// where an action writes one kind of entry.
export const ACTION_NAMES = [
  "account.change_password",
  "user.create",
  "user.set_active",
  "user.reset_password",
  "user.unlock_sign_in",
  "user.set_phone",
  "report.save",
  "report.submit",
  "report.import_preview",
  "report.import",
  "report.approve",
  "report.return",
  "report.unlock",
  "report.approve_month",
  "report.lock_month",
  "report.remind",
  "report.remind_all",
  "notification.mark_read",
  "reporting_rule.create",
  "reporting_rule.update",
  "reporting_rule.delete",
  "group_set.create",
  "plan.create",
  "plan.update",
  "plan.archive",
  "plan.allocate",
  "campaign.create",
  "campaign.update",
  "campaign.end",
  "threshold.save",
  "threshold.delete",
  "unit.import_list",
  "unit.import_successions",
  "population.import",
  "boundary.import",
] as const;

export type ActionName = (typeof ACTION_NAMES)[number];

export function isActionName(value: string): value is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(value);
}
