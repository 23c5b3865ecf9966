// The header link of commune staff to their monthly report (app/(entry)/reports/page.tsx), beside
// the app's title.
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/messages";
import { can } from "@/lib/permissions/can";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";

export function ReportNavLink({ user, t }: { user: Pick<SessionUser, "role" | "scopeUnit">; t: Messages }) {
  if (!can(user, "report:edit") || !COMMUNE_KINDS.includes(user.scopeUnit.kind)) return null;
  return (
    <Link
      href="/reports"
      className="no-print inline-flex min-h-10 items-center rounded-md bg-white/10 px-3 text-sm font-medium text-white hover:bg-white/20 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
    >
      {t.reports.entry.nav}
    </Link>
  );
}
