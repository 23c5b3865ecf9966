// A target in a table cell: the rate on its line ("= 100,00%"), what qualifies it below in small
// type ("năm học 2021–2022", "suy ra"), so that a narrow column keeps the rate whole.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import { targetNotes, targetRateText } from "./target-text";

export function TargetCell({
  target,
  locale,
  t,
}: {
  target: Parameters<typeof targetRateText>[0];
  locale: Locale;
  t: Messages;
}) {
  const notes = targetNotes(target, t);
  return (
    <>
      <span className="whitespace-nowrap">{targetRateText(target, locale, t)}</span>
      {notes.length > 0 && <span className="block text-sm text-slate-500">{notes.join("; ")}</span>}
    </>
  );
}
