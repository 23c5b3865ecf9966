import Link from "next/link";

import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { formatDateTime } from "@/lib/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { notificationWords } from "@/lib/notifications/notification-text";
import type { InAppMessage } from "@/lib/queries/get-notifications";
import { reportHref } from "@/lib/routes";

const KIND_STYLES: Record<InAppMessage["kind"], string> = {
  DEADLINE_SOON: "bg-amber-50 text-near ring-amber-600/20",
  OVERDUE: "bg-red-50 text-behind ring-red-600/20",
  REMINDER: "bg-amber-50 text-near ring-amber-600/20",
  REPORT_RETURNED: "bg-red-50 text-behind ring-red-600/20",
  REPORT_APPROVED: "bg-green-50 text-met ring-green-600/20",
  REPORT_UNLOCKED: "bg-brand-50 text-brand-700 ring-brand-600/20",
};

const badge = "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** One message in the reader's language: its kind, whether it is new, the text, when and from whom, and the report. */
export function NotificationItem({
  message,
  locale,
  t,
  compact = false,
}: {
  message: InAppMessage;
  locale: Locale;
  t: Messages;
  compact?: boolean;
}) {
  const texts = t.notifications;
  return (
    <div className="space-y-1" data-testid={`notification-${message.id}`}>
      <p className="flex flex-wrap items-center gap-2">
        <span className={`${badge} ${KIND_STYLES[message.kind]}`}>{texts.kinds[message.kind]}</span>
        {!message.readAt && <span className={`${badge} bg-brand-700 text-white ring-brand-700`}>{texts.unread}</span>}
        <span className="text-xs text-slate-600">
          {formatDateTime(message.createdAt, locale)} ·{" "}
          {message.automatic
            ? texts.automatic
            : fillNodes(texts.from, { name: <Entered kind="person">{message.data.sender ?? "–"}</Entered> })}
        </span>
      </p>
      <p className={compact ? "text-sm text-slate-900" : "text-slate-900"}>
        <NotificationBody message={message} t={t} />
      </p>
      <Link
        href={reportHref(message.unitCode, message.month)}
        className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {texts.openReport}
      </Link>
    </div>
  );
}

/** The notification's words, the commune, the sender and the comment marked as entered data. */
function NotificationBody({ message, t }: { message: InAppMessage; t: Messages }) {
  const { template, values } = notificationWords(t, {
    kind: message.kind,
    month: message.month,
    unitName: message.unitName,
    data: message.data,
  });
  return fillNodes(template, {
    ...values,
    unit: <Entered kind="unit">{values.unit}</Entered>,
    sender: <Entered kind="person">{values.sender}</Entered>,
    comment: <Entered kind="note">{values.comment}</Entered>,
  });
}
