import type { Metadata } from "next";
import Link from "next/link";

import { AuditChange } from "@/components/admin/audit-change";
import { DataTable } from "@/components/ui/data-table";
import { Entered } from "@/components/ui/entered";
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from "@/lib/audit/actions";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { getAuditEntries } from "@/lib/queries/get-audit-entries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.audit.title };
}

type Props = { searchParams: Promise<{ action?: string; page?: string }> };

function pageHref(action: AuditAction | null, page: number): string {
  const query = new URLSearchParams({ ...(action ? { action } : {}), page: String(page) });
  return `/admin/audit?${query}`;
}

export default async function AuditPage({ searchParams }: Props) {
  const [actor, query, { locale, t }] = await Promise.all([requirePermission("audit:read"), searchParams, getI18n()]);
  const action = query.action && isAuditAction(query.action) ? query.action : null;
  const requestedPage = Number.parseInt(query.page ?? "1", 10);
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1;
  const { entries, pages } = await getAuditEntries(actor, { action, page });
  const label = (name: string) => (isAuditAction(name) ? t.audit.actions[name] : name);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t.audit.title}</h1>
        <p className="text-sm text-slate-500">{t.audit.description}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t.audit.filter}</span>
          <select
            name="action"
            defaultValue={action ?? ""}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">{t.audit.allActions}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {t.audit.actions[value]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {t.audit.apply}
        </button>
      </form>
      <DataTable
        columns={[t.audit.at, t.audit.user, t.audit.action, t.audit.unit, t.audit.details, t.audit.origin].map(
          (label) => ({ label }),
        )}
        empty={entries.length === 0}
        emptyText={t.audit.empty}
      >
        {entries.map((entry) => (
          <tr key={entry.id} className="align-top">
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(entry.at, locale)}</td>
            <td className="px-3 py-2 font-mono text-xs">{entry.username ?? "–"}</td>
            <td className="px-3 py-2">{label(entry.action)}</td>
            <td className="px-3 py-2">
              {entry.unit_name ? (
                <>
                  <Entered kind="unit">{entry.unit_name}</Entered> ({entry.unit_code})
                </>
              ) : (
                "–"
              )}
            </td>
            <td className="max-w-xl px-3 py-2 text-xs text-slate-700">
              <AuditChange before={entry.before} after={entry.after} locale={locale} t={t} />
            </td>
            <td className="px-3 py-2 font-mono text-xs">{entry.ip ?? "–"}</td>
          </tr>
        ))}
      </DataTable>
      <nav className="flex items-center gap-3 text-sm" aria-label={fill(t.audit.page, { page, pages })}>
        {page > 1 && (
          <Link href={pageHref(action, page - 1)} className="text-brand-700 hover:underline">
            ← {t.audit.previous}
          </Link>
        )}
        <span className="text-slate-600">{fill(t.audit.page, { page, pages })}</span>
        {page < pages && (
          <Link href={pageHref(action, page + 1)} className="text-brand-700 hover:underline">
            {t.audit.next} →
          </Link>
        )}
      </nav>
    </div>
  );
}
