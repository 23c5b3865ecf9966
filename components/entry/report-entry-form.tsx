"use client";

// The monthly report form of one commune: population and voluntary social insurance, then the four
// figures of each participant group, with last month's values and each figure's history beside the
// fields, rates computed as the user types, errors and warnings checked live by the same function
// the server runs (lib/reports/check-report.ts). What is typed is kept in the browser until saved
// (lib/reports/report-draft.ts). Saving posts the version the form was loaded with; when someone
// else saved first, the refusal shows per field what they saved, and what the user typed stays.
// Without a connection a save is kept on the device as a queued draft and sent, with the same
// version, as soon as the connection returns (the page itself is kept by the service worker).
import type { ReportStatus } from "@prisma/client";
import { useRouter } from "next/navigation";
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from "react";

import { INITIAL_ACTION_RESULT, type ActionResult, type EditConflict } from "@/lib/actions/action-result";
import { saveReport, submitReport } from "@/lib/actions/reports";
import { attainment, coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import { fill, MESSAGES } from "@/lib/i18n/messages";
import { keepForOffline } from "@/lib/offline/offline-worker";
import { useOnline } from "@/lib/offline/use-online";
import type { Month } from "@/lib/period";
import { checkReport, isSavable } from "@/lib/reports/check-report";
import { describeCheck, describeWarning, fieldLabel } from "@/lib/reports/describe-issue";
import {
  claimDraft,
  parseDraft,
  readDraftText,
  removeDraft,
  sameEntries,
  subscribeToDrafts,
  writeDraft,
  type QueuedSave,
  type ReportDraft,
} from "@/lib/reports/report-draft";
import { isEditableStatus, statusAfterSave, type SaveIntent } from "@/lib/reports/report-status";
import { MIN_REASON_LENGTH, reasonKey } from "@/lib/validation/report-form";
import {
  GROUP_FIELDS,
  groupFieldKey,
  parseCount,
  UNIT_FIELDS,
  type ReportField,
  type ReportValues,
} from "@/lib/validation/report-values";

import { CountField, type HistoryLine } from "./count-field";
import { fieldId, focusField } from "./field-id";
import { RateLine } from "./rate-line";
import { ReportStatusBadge } from "./report-status-badge";
import { WarningReason } from "./warning-reason";

export type EntryGroup = { code: string; name: string; shortName: string };

export type ReportEntryFormProps = {
  locale: Locale;
  draftKey: string;
  unitCode: string;
  /** The unit's name, for the list of saves kept on the device (components/offline/connection-status.tsx). */
  unitName: string;
  month: Month;
  groups: EntryGroup[];
  /** The report as stored (values as text, reasons by form name), or empty values and version 0. */
  stored: {
    values: Record<string, string>;
    reasons: Record<string, string>;
    version: number;
    status: ReportStatus | null;
  };
  previous: ReportValues | null;
  /** Up to 12 months before this one, oldest first: what warnings compare against. */
  history: ReportValues[];
  /** Each figure's changes, newest first, already worded. */
  fieldHistory: Partial<Record<ReportField, HistoryLine[]>>;
  /** Whether this user may change the report (role and status); and submit it. */
  editable: boolean;
  canSubmit: boolean;
};

type Sent = { intent: SaveIntent; values: Record<string, string>; reasons: Record<string, string> };
/** `queued`: the server could not be reached, and the save was kept on the device instead. */
type EntryResult = ActionResult & { sent?: Sent; queued?: QueuedSave | null };

/** A save sent from the queue waits this long after one that could not reach the server. */
const RETRY_AFTER_MS = 30_000;

const NO_DRAFT = () => null;

/** A typed count written the Vietnamese way ("16984" → "16.984") once it reads as a count; English keeps plain digits. */
function displayCount(raw: string, locale: Locale): string {
  const value = parseCount(raw);
  return locale === "vi" && typeof value === "number" ? formatCount(value, locale) : raw;
}

function displayCounts(values: Record<string, string>, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, displayCount(value, locale)]));
}

export function ReportEntryForm(props: ReportEntryFormProps) {
  const { locale, draftKey, unitCode, unitName, month, groups, stored, previous, history, fieldHistory } = props;
  const t = MESSAGES[locale];
  const e = t.reports.entry;
  const o = t.offline.form;
  const online = useOnline();
  const groupCodes = groups.map((group) => group.code);

  const router = useRouter();
  const [values, setValues] = useState(() => displayCounts(stored.values, locale));
  const [reasons, setReasons] = useState(stored.reasons);
  const [saved, setSaved] = useState(() => ({ values: stored.values, reasons: stored.reasons }));
  const [version, setVersion] = useState(stored.version);
  const [status, setStatus] = useState(stored.status);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [draftHandled, setDraftHandled] = useState(false);
  const [sending, setSending] = useState<SaveIntent>("save");
  /** The save kept on this device, waiting for the connection; `notKept` when the browser refused to keep it. */
  const [queued, setQueued] = useState<QueuedSave | null>(null);
  const [notKept, setNotKept] = useState(false);
  const failedSends = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  /** Keeps this save on the device, to be sent when the connection returns; null if the browser refused. */
  function queueSave(sent: Sent, formVersion: number): QueuedSave | null {
    const at = new Date().toISOString();
    const save: QueuedSave = { intent: sent.intent, at, unitName };
    return writeDraft(draftKey, {
      values: sent.values,
      reasons: sent.reasons,
      version: formVersion,
      savedAt: at,
      queued: save,
    })
      ? save
      : null;
  }

  const [result, dispatch, pending] = useActionState<EntryResult, Sent & { formData: FormData }>(
    async (_previous, { formData, ...sent }) => {
      try {
        const answer = await (sent.intent === "submit" ? submitReport : saveReport)(INITIAL_ACTION_RESULT, formData);
        return { ...answer, sent };
      } catch {
        // The server could not be reached: the save waits on the device (lib/reports/report-draft.ts).
        const save = queueSave(sent, Number(formData.get("version")));
        return { ok: false, fieldErrors: {}, message: save ? null : e.offline, sent, queued: save };
      }
    },
    INITIAL_ACTION_RESULT,
  );

  // Take in each answer of the server once (state adjusted while rendering, not in an effect).
  const [answered, setAnswered] = useState<EntryResult>(result);
  if (answered !== result) {
    setAnswered(result);
    if (result.queued !== undefined) {
      setQueued(result.queued);
      setNotKept(result.queued === null);
    } else if (result.ok && result.sent && result.version !== undefined) {
      setVersion(result.version);
      setSaved({ values: result.sent.values, reasons: result.sent.reasons });
      setStatus(statusAfterSave(status, result.sent.intent));
      setConflict(null);
      setServerErrors({});
      setAttempted(false);
    } else if (result.conflict) {
      // The user has now been shown what changed: saving again from this version is a choice.
      setConflict(result.conflict);
      setVersion(result.conflict.version);
      setStatus(result.conflict.status === "NONE" ? null : (result.conflict.status as ReportStatus));
    } else {
      setServerErrors(Object.fromEntries(Object.entries(result.fieldErrors).map(([key, list]) => [key, list ?? []])));
    }
  }

  useEffect(() => {
    if (!result.sent) return; // no answer yet
    if (result.queued !== undefined) {
      failedSends.current += 1;
      return;
    }
    failedSends.current = 0;
    if (!result.ok) {
      // The server answered: what was queued is now what the form shows, an ordinary draft.
      const kept = parseDraft(readDraftText(draftKey));
      if (kept?.queued) writeDraft(draftKey, { ...kept, queued: undefined });
    }
    if (result.ok) {
      removeDraft(draftKey);
      // The copy of this page kept for offline use now shows the saved report.
      void keepForOffline([window.location.pathname], true);
    } else if (result.conflict) {
      conflictRef.current?.focus();
      router.refresh(); // the page's history and log now include the other person's save
    } else if (Object.keys(result.fieldErrors).length > 0) summaryRef.current?.focus();
  }, [result, draftKey, router]);

  // A draft left in this browser by an earlier visit, offered back until restored or discarded.
  const draftText = useSyncExternalStore(subscribeToDrafts, () => readDraftText(draftKey), NO_DRAFT);
  const draft = parseDraft(draftText);
  const offer: ReportDraft | null =
    props.editable &&
    !draftHandled &&
    draft &&
    !draft.queued &&
    !(sameEntries(draft.values, stored.values) && sameEntries(draft.reasons, stored.reasons))
      ? draft
      : null;
  // A save kept on this device is the user's own decision: shown at once, and sent when online.
  if (props.editable && !draftHandled && draft?.queued) {
    setDraftHandled(true);
    setValues(displayCounts(draft.values, locale));
    setReasons(draft.reasons);
    setVersion(draft.version);
    setQueued(draft.queued.problem ? null : draft.queued);
  }

  const editable = props.editable && isEditableStatus(status);

  // This form sends its own queued save (the header's sender leaves it alone while it is open).
  useEffect(() => (props.editable ? claimDraft(draftKey) : undefined), [props.editable, draftKey]);
  useEffect(() => {
    if (!online || !queued || !editable || pending) return;
    const timer = window.setTimeout(
      () => {
        const form = formRef.current;
        if (!form) return;
        setQueued(null);
        setSending(queued.intent);
        setAttempted(true);
        startTransition(() => dispatch({ formData: new FormData(form), intent: queued.intent, values, reasons }));
      },
      failedSends.current === 0 ? 0 : RETRY_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [online, queued, editable, pending, values, reasons, dispatch]);
  const dirty = !sameEntries(values, saved.values) || !sameEntries(reasons, saved.reasons);

  function keep(nextValues: Record<string, string>, nextReasons: Record<string, string>) {
    setValues(nextValues);
    setReasons(nextReasons);
    // A change after a save kept on the device makes it unsaved again: saving queues it anew.
    setQueued(null);
    setNotKept(false);
    // While an earlier draft is on offer it is left alone, so that it cannot be lost; once the user
    // types with none on offer, what they type is the draft.
    if (offer) return;
    setDraftHandled(true);
    if (sameEntries(nextValues, saved.values) && sameEntries(nextReasons, saved.reasons)) removeDraft(draftKey);
    else writeDraft(draftKey, { values: nextValues, reasons: nextReasons, version, savedAt: new Date().toISOString() });
  }

  /** The server's errors, less those of a field just changed. */
  function forgetServerErrors(key: string) {
    if (serverErrors[key])
      setServerErrors(Object.fromEntries(Object.entries(serverErrors).filter(([name]) => name !== key)));
  }

  function changeValue(field: string, value: string) {
    forgetServerErrors(field);
    keep({ ...values, [field]: value }, reasons);
  }

  function changeReason(key: string, value: string) {
    forgetServerErrors(key);
    keep(values, { ...reasons, [key]: value });
  }

  function touch(key: string) {
    if (!touched.has(key)) setTouched(new Set([...touched, key]));
  }

  function restoreDraft(chosen: ReportDraft) {
    setDraftHandled(true);
    setValues(displayCounts(chosen.values, locale));
    setReasons(chosen.reasons);
    setVersion(chosen.version);
  }

  function discardDraft() {
    setDraftHandled(true);
    removeDraft(draftKey);
  }

  const check = checkReport({ ...values, ...reasons }, groupCodes, history);
  const problems = describeCheck(check, t, locale);
  const shown = (key: string) => attempted || touched.has(key);
  const fieldErrors = (key: string): string[] => [
    ...(shown(key) ? problems.filter((problem) => problem.key === key).map((problem) => problem.text) : []),
    ...(serverErrors[key] ?? []).filter((text) => !problems.some((problem) => problem.text === text)),
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: SaveIntent = submitter?.value === "submit" ? "submit" : "save";
    setAttempted(true);
    if (!isSavable(check)) {
      summaryRef.current?.focus();
      return;
    }
    if (!navigator.onLine) {
      const save = queueSave({ intent, values, reasons }, version);
      setDraftHandled(true);
      setQueued(save);
      setNotKept(save === null);
      return;
    }
    const formData = new FormData(event.currentTarget);
    setSending(intent);
    startTransition(() => dispatch({ formData, intent, values, reasons }));
  }

  /** Enter moves to the next field (a phone keyboard's "next"), never submits a half-filled form. */
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== "Enter" || target.tagName !== "INPUT") return;
    event.preventDefault();
    const fields = [
      ...event.currentTarget.querySelectorAll<HTMLInputElement>("input:not([type=hidden]):not([readonly])"),
    ];
    const next = fields[fields.indexOf(target as HTMLInputElement) + 1];
    (next ?? event.currentTarget.querySelector<HTMLButtonElement>("button[type=submit]"))?.focus();
  }

  // Live figures.
  const count = (key: string) => {
    const value = parseCount(values[key]);
    return typeof value === "number" ? value : null;
  };
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const lastMonth = (value: number | null | undefined) =>
    value === null || value === undefined ? e.lastMonthNone : fill(e.lastMonth, { value: formatCount(value, locale) });
  const previousOf = (key: ReportField): number | null | undefined => {
    if (!previous) return undefined;
    const group = /^g([^.]+)\.(\w+)$/.exec(key);
    if (!group) return previous[key as (typeof UNIT_FIELDS)[number]];
    return previous.groups[group[1]!]?.[group[2] as (typeof GROUP_FIELDS)[number]];
  };
  const insuredTotal = groupCodes.every((code) => count(groupFieldKey(code, "insured")) !== null)
    ? groupCodes.reduce((sum, code) => sum + count(groupFieldKey(code, "insured"))!, 0)
    : null;
  const population = count("population");
  const previousInsured = previous
    ? Object.values(previous.groups).reduce((sum, figures) => sum + figures.insured, 0)
    : null;
  const rateAgo = (rate: number | null) =>
    previous && rate !== null ? fill(e.rateLastMonth, { rate: percent(rate) }) : null;

  const conflictOf = (key: string) => conflict?.changes.find((change) => change.field === key);
  const conflictNote = (key: string) => {
    const change = conflictOf(key);
    if (!change) return undefined;
    const show = (value: number | null) => (value === null ? "–" : formatCount(value, locale));
    return (
      <>
        <p>
          {fill(e.conflictField, {
            to: show(change.to),
            from: show(change.from),
            by: change.by ?? e.unknownUser,
            at: formatDateTime(new Date(change.at), locale),
          })}
        </p>
        {editable && (values[key] ?? "") !== (change.to === null ? "" : String(change.to)) && (
          <button
            type="button"
            onClick={() => changeValue(key, change.to === null ? "" : String(change.to))}
            className="mt-1 min-h-9 rounded border border-amber-400 bg-white px-2 text-sm font-medium text-amber-900 hover:bg-amber-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            {e.useStored}
          </button>
        )}
      </>
    );
  };

  /** The warnings of a section's fields, each with its reason input, below the section's fields. */
  const warningsOf = (fields: readonly ReportField[]) =>
    check.warnings
      .filter((warning) => fields.includes(warning.field))
      .map((warning) => {
        const key = reasonKey(warning.field, warning.code);
        const unconfirmed = check.unconfirmed.find((item) => item.warning === warning);
        const error =
          (serverErrors[key]?.[0] ?? null) ||
          (unconfirmed && shown(key)
            ? unconfirmed.problem === "reasonMissing"
              ? fill(e.reasonMissing, { min: MIN_REASON_LENGTH })
              : (problems.find((p) => p.key === key)?.text ?? null)
            : null);
        return (
          <WarningReason
            key={key}
            name={key}
            title={e.warning}
            text={describeWarning(warning, t, locale)}
            label={e.reason}
            hint={fill(e.reasonHint, { min: MIN_REASON_LENGTH })}
            value={reasons[key] ?? ""}
            error={error}
            readOnly={!editable}
            onChange={(value) => changeReason(key, value)}
            onBlur={() => touch(key)}
          />
        );
      });

  const field = (key: ReportField, label: string, groupLabel?: string) => (
    <CountField
      key={key}
      name={key}
      label={label}
      groupLabel={groupLabel}
      value={values[key] ?? ""}
      lastMonth={lastMonth(previousOf(key))}
      errors={fieldErrors(key)}
      conflict={conflictNote(key)}
      history={fieldHistory[key] ?? []}
      historyLabel={fill(e.history, { count: fieldHistory[key]?.length ?? 0 })}
      readOnly={!editable}
      onChange={(value) => changeValue(key, value)}
      onBlur={() => {
        touch(key);
        const shownValue = displayCount(values[key] ?? "", locale);
        if (shownValue !== values[key]) setValues({ ...values, [key]: shownValue });
      }}
    />
  );

  const slowFields: ReportField[] = [
    "population",
    "voluntarySocialAssigned",
    ...groupCodes.map((code) => groupFieldKey(code, "eligible")),
  ];
  const canCopy =
    editable &&
    previous !== null &&
    slowFields.some((key) => (values[key] ?? "").trim() === "" && previousOf(key) != null);
  function copyLastMonth() {
    const filled = { ...values };
    for (const key of slowFields) {
      const value = previousOf(key);
      if ((filled[key] ?? "").trim() === "" && value != null) filled[key] = String(value);
    }
    keep(filled, reasons);
  }

  const blocking = attempted ? problems : [];
  const errorsShown = blocking.filter((problem) => !problem.key.startsWith("reason:"));
  const reasonsShown = blocking.filter((problem) => problem.key.startsWith("reason:"));
  // A submitted report is with the reviewers: its buttons say whether it stays there or comes back.
  const withReviewers = status === "SUBMITTED";
  const busyLabel = (intent: SaveIntent) => {
    if (pending && sending === intent) return intent === "submit" ? e.submitting : e.saving;
    if (intent === "submit") return withReviewers ? e.resubmit : e.submit;
    return withReviewers ? e.withdraw : e.saveDraft;
  };
  const showAnswer = result.message !== null && !pending && (!result.ok || !dirty);
  const offlineMessage = queued
    ? fill(queued.intent === "submit" ? o.queuedSubmit : o.queued, { at: formatDateTime(new Date(queued.at), locale) })
    : notKept
      ? o.notKept
      : !online
        ? o.offlineNotice
        : null;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      className="space-y-4"
      aria-describedby={editable ? "entry-keyboard-hint" : undefined}
    >
      <input type="hidden" name="unitCode" value={unitCode} />
      <input type="hidden" name="month" value={month} />
      <input type="hidden" name="version" value={version} />

      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ReportStatusBadge status={status} t={t} />
        {editable && (
          <span className="text-slate-500" id="entry-keyboard-hint">
            {e.keyboardHint}
          </span>
        )}
      </div>
      {editable && withReviewers && (
        <p
          id="entry-submitted-notice"
          className="rounded-lg border border-amber-600/30 bg-amber-50 p-3 text-sm text-slate-800"
          data-testid="submitted-notice"
        >
          {e.submittedNotice}
        </p>
      )}

      {offer && (
        <div
          role="region"
          aria-labelledby="entry-draft-offer"
          className="rounded-lg border border-brand-600/30 bg-brand-50 p-3 text-sm"
          data-testid="draft-offer"
        >
          <p id="entry-draft-offer">{fill(e.draftFound, { at: formatDateTime(new Date(offer.savedAt), locale) })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => restoreDraft(offer)}
              className="min-h-11 rounded-md bg-brand-700 px-3 font-medium text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
            >
              {e.restore}
            </button>
            <button
              type="button"
              onClick={discardDraft}
              className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
            >
              {e.discard}
            </button>
          </div>
        </div>
      )}

      {conflict && (
        <div
          ref={conflictRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-600"
          data-testid="conflict"
        >
          <p className="font-semibold">{isEditableStatus(status) ? e.conflictTitle : result.message}</p>
          {isEditableStatus(status) && <p className="mt-1">{e.conflictBody}</p>}
          {status && <p className="mt-1">{fill(e.conflictStatus, { status: t.reports.statuses[status] })}</p>}
          {conflict.changes.length > 0 ? (
            <ul className="mt-2 list-disc space-y-0.5 pl-5">
              {conflict.changes.map((change) => (
                <li key={change.field}>
                  <a
                    href={`#${fieldId(change.field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(change.field);
                    }}
                    className="underline"
                  >
                    {fieldLabel(change.field as ReportField, t)}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            isEditableStatus(status) && <p className="mt-1">{e.conflictNoFigures}</p>
          )}
        </div>
      )}

      <div
        ref={summaryRef}
        tabIndex={-1}
        role={blocking.length > 0 ? "alert" : undefined}
        className="rounded-lg focus:outline-none focus:ring-2 focus:ring-behind focus:ring-offset-2"
        data-testid="check-summary"
      >
        {blocking.length > 0 && (
          <div className="rounded-lg border border-behind/40 bg-red-50 p-3 text-sm">
            <p className="font-semibold text-behind">{e.summaryTitle}</p>
            {errorsShown.length > 0 && (
              <ProblemList title={fill(e.summaryErrors, { count: errorsShown.length })} problems={errorsShown} />
            )}
            {reasonsShown.length > 0 && (
              <ProblemList title={fill(e.summaryWarnings, { count: reasonsShown.length })} problems={reasonsShown} />
            )}
          </div>
        )}
      </div>

      <section aria-labelledby="entry-general" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="entry-general" className="text-base font-semibold text-slate-900">
            {e.generalTitle}
          </h2>
          {canCopy && (
            <button
              type="button"
              onClick={copyLastMonth}
              className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-left text-sm text-brand-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              {e.copyLastMonth}
            </button>
          )}
        </div>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-3">
          {UNIT_FIELDS.map((key) => field(key, t.reports.fields[key]))}
        </div>
        <Warnings>{warningsOf(UNIT_FIELDS)}</Warnings>
        <div className="mt-3 space-y-2">
          <RateLine
            label={e.overallRate}
            rate={population !== null && insuredTotal !== null ? percent(coverageRate(insuredTotal, population)) : "–"}
            previous={rateAgo(
              previous && previousInsured !== null ? coverageRate(previousInsured, previous.population) : null,
            )}
            testId="rate-overall"
          />
          <RateLine
            label={e.voluntaryAttainment}
            rate={
              count("voluntarySocialInsured") !== null && count("voluntarySocialAssigned") !== null
                ? percent(attainment(count("voluntarySocialInsured")!, count("voluntarySocialAssigned")!))
                : "–"
            }
            previous={rateAgo(
              previous?.voluntarySocialInsured != null && previous.voluntarySocialAssigned != null
                ? attainment(previous.voluntarySocialInsured, previous.voluntarySocialAssigned)
                : null,
            )}
            testId="rate-voluntary"
          />
        </div>
      </section>

      <h2 className="pt-2 text-lg font-semibold text-slate-900">{e.groupsTitle}</h2>
      {groups.map((group) => {
        const headingId = `entry-group-${group.code}`;
        const insured = count(groupFieldKey(group.code, "insured"));
        const eligible = count(groupFieldKey(group.code, "eligible"));
        const before = previous?.groups[group.code];
        const groupLabel = `${fill(t.reports.fields.group, { group: group.code })} – `;
        return (
          <section
            key={group.code}
            aria-labelledby={headingId}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid={`group-${group.code}`}
          >
            <h3 id={headingId} className="text-base font-semibold text-slate-900">
              {fill(e.groupTitle, { group: group.code, name: group.shortName })}
            </h3>
            <p className="text-xs text-slate-500">{group.name}</p>
            <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
              {GROUP_FIELDS.map((name) => field(groupFieldKey(group.code, name), t.reports.fields[name], groupLabel))}
            </div>
            <Warnings>{warningsOf(GROUP_FIELDS.map((name) => groupFieldKey(group.code, name)))}</Warnings>
            <div className="mt-3">
              <RateLine
                label={e.groupRate}
                rate={insured !== null && eligible !== null ? percent(coverageRate(insured, eligible)) : "–"}
                previous={rateAgo(before ? coverageRate(before.insured, before.eligible) : null)}
                testId={`rate-group-${group.code}`}
              />
            </div>
          </section>
        );
      })}

      {editable && (
        <div className="sticky bottom-(--bottom-nav-height) z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,47,94,0.08)] backdrop-blur sm:mx-0 sm:rounded-t-lg sm:border-x">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <div role="status" aria-live="polite" className="flex-1 text-sm" data-testid="entry-message">
              {offlineMessage ? (
                <span
                  className={notKept ? "font-medium text-behind" : "font-medium text-amber-900"}
                  data-testid="entry-offline"
                >
                  {offlineMessage}
                </span>
              ) : showAnswer ? (
                <span className={result.ok ? "font-medium text-met" : "font-medium text-behind"}>{result.message}</span>
              ) : (
                <span className={dirty ? "text-slate-600" : "hidden text-slate-500 sm:inline"}>
                  {dirty ? e.unsaved : e.upToDate}
                </span>
              )}
            </div>
            <div className="flex gap-2">
              <button
                type="submit"
                name="intent"
                value="save"
                disabled={pending}
                aria-describedby={withReviewers ? "entry-submitted-notice" : undefined}
                className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-4 font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60 sm:flex-none"
              >
                {busyLabel("save")}
              </button>
              {props.canSubmit && (
                <button
                  type="submit"
                  name="intent"
                  value="submit"
                  disabled={pending}
                  aria-describedby={withReviewers ? "entry-submitted-notice" : undefined}
                  className="min-h-11 flex-1 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60 sm:flex-none"
                >
                  {busyLabel("submit")}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </form>
  );
}

function Warnings({ children }: { children: ReactNode[] }) {
  return children.length > 0 ? <div className="mt-3 grid grid-cols-1 gap-3 lg:grid-cols-2">{children}</div> : null;
}

function ProblemList({ title, problems }: { title: string; problems: { key: string; text: string }[] }) {
  return (
    <>
      <p className="mt-2 text-slate-800">{title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={problem.key}>
            <a
              href={`#${fieldId(problem.key)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.key);
              }}
              className="text-behind underline hover:no-underline"
            >
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
