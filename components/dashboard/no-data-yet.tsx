import type { Messages } from "@/lib/i18n/messages";

/** Shown when the database has no reports at all (e.g. before the seed ran). */
export function NoDataYet({ t }: { t: Messages }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t.dashboard.noData}</p>
  );
}
