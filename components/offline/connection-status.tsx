"use client";

// The header's connection status, for a signed-in user: registers the service worker that keeps the
// report forms for use offline (lib/offline/service-worker.ts), says "Mất kết nối" while offline,
// lists the saves kept on this device ("n bản chờ gửi", and those the server refused), and sends
// them when the connection returns (lib/offline/send-queued-saves.ts). Shows nothing while online
// with nothing waiting.
import { useEffect, useState, useSyncExternalStore } from "react";

import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { formatMonth } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { registerOfflineWorker } from "@/lib/offline/offline-worker";
import { sendQueuedSaves } from "@/lib/offline/send-queued-saves";
import { useOnline } from "@/lib/offline/use-online";
import { queuedDrafts, subscribeToDrafts, type QueuedDraft } from "@/lib/reports/report-draft";
import { reportHref } from "@/lib/routes";

const NOTHING = "[]";

/** `t`: the reader's words of the offline area, from the server (only the reader's language reaches the browser). */
export function ConnectionStatus({ userId, locale, t }: { userId: string; locale: Locale; t: Messages["offline"] }) {
  const online = useOnline();
  // The list as text: a stable snapshot while unchanged.
  const listed = useSyncExternalStore(
    subscribeToDrafts,
    () => JSON.stringify(queuedDrafts(userId)),
    () => NOTHING,
  );
  const queued = JSON.parse(listed) as QueuedDraft[];
  const waiting = queued.filter((item) => !item.draft.queued.problem).length;
  const toReview = queued.length - waiting;
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(0);

  useEffect(registerOfflineWorker, []);

  useEffect(() => {
    if (!online || waiting === 0) return;
    let current = true;
    sendQueuedSaves(userId, () => current && setSending(true))
      .then((count) => current && count > 0 && setSent((before) => before + count))
      .finally(() => current && setSending(false));
    return () => {
      current = false;
    };
  }, [online, waiting, userId]);

  const status = (
    <span role="status" aria-live="polite" className="sr-only">
      {!online ? t.offline : sending ? t.sending : sent > 0 ? fill(t.sent, { count: sent }) : ""}
    </span>
  );
  if (online && queued.length === 0) return status;

  const label = [
    !online ? t.offline : null,
    waiting > 0 ? fill(t.waiting, { count: waiting }) : null,
    toReview > 0 ? fill(t.toReview, { count: toReview }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      {status}
      <details className="relative" data-testid="connection-status">
        <summary
          className={`flex min-h-10 cursor-pointer list-none items-center gap-1.5 rounded-md px-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-white ${
            online ? "bg-amber-100 text-amber-950" : "bg-white text-slate-900"
          }`}
        >
          <span
            aria-hidden="true"
            className={`inline-block size-2.5 shrink-0 rounded-full ${online ? "bg-amber-600" : "bg-red-600"}`}
          />
          <span className="hidden sm:inline">{label}</span>
          {/* A phone's header is narrow: the count, or that the connection is lost; the full label for screen readers. */}
          <span className="sm:hidden" aria-hidden="true">
            {queued.length > 0 ? fill(t.waitingShort, { count: queued.length }) : t.offline}
          </span>
          <span className="sr-only sm:hidden">{label}</span>
        </summary>
        <div className="fixed inset-x-2 top-14 z-30 mt-1 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800 shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-80">
          {!online && <p className="mb-2">{t.offlineHint}</p>}
          {queued.length > 0 && (
            <>
              <p className="font-semibold">{t.listTitle}</p>
              <ul className="mt-1 space-y-2">
                {queued.map((item) => (
                  <li key={item.key}>
                    {/* A full page load: offline, the service worker serves the kept form. */}
                    <a
                      href={reportHref(item.unitCode, item.month)}
                      className="font-medium text-brand-700 underline hover:no-underline"
                    >
                      {fillNodes(t.itemLabel, {
                        unit: <Entered kind="unit">{item.draft.queued.unitName}</Entered>,
                        month: formatMonth(item.month, locale),
                      })}
                    </a>
                    <span className="block text-xs text-slate-600">
                      {item.draft.queued.problem === "conflict"
                        ? t.itemConflict
                        : item.draft.queued.problem === "refused"
                          ? t.itemRefused
                          : t.itemWaiting}
                      {" · "}
                      {fill(t.savedAt, { at: formatDateTime(new Date(item.draft.queued.at), locale) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </details>
    </>
  );
}
