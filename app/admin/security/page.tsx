import type { Metadata } from "next";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { Entered } from "@/components/ui/entered";
import { isActionName } from "@/lib/actions/action-names";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { getSecurityEvents } from "@/lib/queries/get-security-events";
import { SECURITY_EVENTS_PER_MINUTE } from "@/lib/security/record-security-event";
import { isRefusalReason } from "@/lib/security/refusal-reasons";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.security.title };
}

type Props = { searchParams: Promise<{ page?: string }> };

const pageHref = (page: number) => `/admin/security?page=${page}`;

export default async function SecurityLogPage({ searchParams }: Props) {
  const [, query, { locale, t }] = await Promise.all([requirePermission("security:read"), searchParams, getI18n()]);
  const requestedPage = Number.parseInt(query.page ?? "1", 10);
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1;
  const { events, pages } = await getSecurityEvents({ page });
  const s = t.security;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{s.title}</h1>
        <p className="text-sm text-slate-500">{fill(s.description, { limit: SECURITY_EVENTS_PER_MINUTE })}</p>
      </div>
      <DataTable
        columns={[s.at, s.user, s.action, s.reason, s.unit, s.target, s.origin, s.suppressed].map((label) => ({
          label,
        }))}
        empty={events.length === 0}
        emptyText={s.empty}
      >
        {events.map((event) => (
          <tr key={event.id} className="align-top">
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(event.at, locale)}</td>
            <td className="px-3 py-2 font-mono text-xs">{event.username}</td>
            <td className="px-3 py-2">{isActionName(event.action) ? s.actions[event.action] : event.action}</td>
            <td className="px-3 py-2">{isRefusalReason(event.reason) ? s.reasons[event.reason] : event.reason}</td>
            <td className="px-3 py-2">
              {event.unit_name ? (
                <>
                  <Entered kind="unit">{event.unit_name}</Entered> ({event.unit_code})
                </>
              ) : (
                "–"
              )}
            </td>
            <td className="max-w-xs px-3 py-2 font-mono text-xs break-all text-slate-600">
              {event.target
                ? Object.entries(event.target).map(([name, value]) => (
                    <div key={name}>{`${name}: ${[value].flat().join(", ")}`}</div>
                  ))
                : "–"}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{event.ip ?? "–"}</td>
            <td className="whitespace-nowrap px-3 py-2">
              {event.suppressed > 0 ? fill(s.suppressedCount, { count: event.suppressed }) : "–"}
            </td>
          </tr>
        ))}
      </DataTable>
      <nav className="flex items-center gap-3 text-sm" aria-label={fill(t.audit.page, { page, pages })}>
        {page > 1 && (
          <Link href={pageHref(page - 1)} className="text-brand-700 hover:underline">
            ← {t.audit.previous}
          </Link>
        )}
        <span className="text-slate-600">{fill(t.audit.page, { page, pages })}</span>
        {page < pages && (
          <Link href={pageHref(page + 1)} className="text-brand-700 hover:underline">
            {t.audit.next} →
          </Link>
        )}
      </nav>
    </div>
  );
}
