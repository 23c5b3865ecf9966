"use client";

// The monthly report form of one commune: population and voluntary social insurance, then the four
// figures of each participant group, with last month's values and each figure's history beside the
// fields, rates computed as the user types, errors and warnings checked live by the same function
// the server runs (lib/reports/check-report.ts). Its behaviour (drafts kept in the browser, saving
// with the version the form was loaded with, saves queued without a connection) is in
// use-report-entry.ts; this file lays the form out from its sections.
import type { ReportStatus } from "@prisma/client";

import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { describeCheck, describeWarning } from "@/lib/reports/describe-issue";
import { MIN_REASON_LENGTH, reasonKey } from "@/lib/validation/report-form";
import {
  GROUP_FIELDS,
  groupFieldKey,
  UNIT_FIELDS,
  type ReportField,
  type ReportValues,
} from "@/lib/validation/report-values";

import { CountField, type HistoryLine } from "./count-field";
import { ConflictNote } from "./edit-conflict";
import { copiedFromLastMonth, liveRates, previousValue } from "./entry-figures";
import { EntryNotices } from "./entry-notices";
import { EntrySaveBar } from "./entry-save-bar";
import { GeneralSection, GroupSection } from "./entry-sections";
import { moveToNextField } from "./field-id";
import { useReportEntry } from "./use-report-entry";
import { WarningReason } from "./warning-reason";

/** The words the form needs, in the reader's language only: the server passes them (never the whole catalogue). */
export type EntryMessages = Pick<Messages, "locale" | "reports" | "offline">;

export type EntryGroup = { code: string; name: string; shortName: string };

export type ReportEntryFormProps = {
  locale: Locale;
  t: EntryMessages;
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

export function ReportEntryForm(props: ReportEntryFormProps) {
  const { locale, t, draftKey, unitCode, unitName, month, groups, stored, previous, history, fieldHistory } = props;
  const e = t.reports.entry;
  const groupCodes = groups.map((group) => group.code);
  const {
    state,
    editable,
    check,
    offer,
    pending,
    dirty,
    online,
    formRef,
    summaryRef,
    conflictRef,
    onSubmit,
    keep,
    changeValue,
    changeReason,
    touch,
    reformat,
    restoreDraft,
    discardDraft,
  } = useReportEntry({
    locale,
    draftKey,
    unitName,
    stored,
    groupCodes,
    history,
    mayEdit: props.editable,
    offlineText: e.offline,
  });
  const { values, reasons, status, conflict, result, queued, notKept } = state;

  const problems = describeCheck(check, t, locale);
  const shown = (key: string) => state.attempted || state.touched.has(key);
  const fieldErrors = (key: string): string[] => [
    ...(shown(key) ? problems.filter((problem) => problem.key === key).map((problem) => problem.text) : []),
    ...(state.serverErrors[key] ?? []).filter((text) => !problems.some((problem) => problem.text === text)),
  ];

  const shownRate = ({ now, before }: { now: number | null; before: number | null }) => ({
    rate: formatPercent(now, locale),
    previous: previous && before !== null ? fill(e.rateLastMonth, { rate: formatPercent(before, locale) }) : null,
  });
  const lastMonth = (value: number | null | undefined) =>
    value === null || value === undefined ? e.lastMonthNone : fill(e.lastMonth, { value: formatCount(value, locale) });
  const rates = liveRates(values, previous, groupCodes);

  /** The warnings of a section's fields, each with its reason input, below the section's fields. */
  const warningsOf = (fields: readonly ReportField[]) =>
    check.warnings
      .filter((warning) => fields.includes(warning.field))
      .map((warning) => {
        const key = reasonKey(warning.field, warning.code);
        const unconfirmed = check.unconfirmed.find((item) => item.warning === warning);
        const error =
          (state.serverErrors[key]?.[0] ?? null) ||
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

  const field = (key: ReportField, label: string, groupLabel?: string) => {
    const change = conflict?.changes.find((item) => item.field === key);
    return (
      <CountField
        key={key}
        name={key}
        label={label}
        groupLabel={groupLabel}
        value={values[key] ?? ""}
        lastMonth={lastMonth(previousValue(previous, key))}
        errors={fieldErrors(key)}
        conflict={
          change && (
            <ConflictNote
              change={change}
              value={values[key] ?? ""}
              editable={editable}
              onUseStored={(value) => changeValue(key, value)}
              t={t}
            />
          )
        }
        history={fieldHistory[key] ?? []}
        historyLabel={fill(e.history, { count: fieldHistory[key]?.length ?? 0 })}
        readOnly={!editable}
        onChange={(value) => changeValue(key, value)}
        onBlur={() => {
          touch(key);
          reformat(key);
        }}
      />
    );
  };

  const copied = copiedFromLastMonth(values, previous, groupCodes);

  // A submitted report is with the reviewers: its buttons say whether it stays there or comes back.
  const withReviewers = status === "SUBMITTED";
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onKeyDown={moveToNextField}
      noValidate
      className="space-y-4"
      aria-describedby={editable ? "entry-keyboard-hint" : undefined}
    >
      <input type="hidden" name="unitCode" value={unitCode} />
      <input type="hidden" name="month" value={month} />
      <input type="hidden" name="version" value={state.version} />

      <EntryNotices
        entry={{ status, editable, withReviewers, conflict, message: result.message }}
        offer={offer && { savedAt: offer.savedAt, restore: () => restoreDraft(offer), discard: discardDraft }}
        problems={state.attempted ? problems : []}
        summaryRef={summaryRef}
        conflictRef={conflictRef}
        locale={locale}
        t={t}
      />

      <GeneralSection
        title={e.generalTitle}
        copy={editable && copied ? { label: e.copyLastMonth, onCopy: () => keep(copied, reasons) } : null}
        fields={UNIT_FIELDS.map((key) => field(key, t.reports.fields[key]))}
        warnings={warningsOf(UNIT_FIELDS)}
        rates={[
          { label: e.overallRate, ...shownRate(rates.overall), testId: "rate-overall" },
          { label: e.voluntaryAttainment, ...shownRate(rates.voluntary), testId: "rate-voluntary" },
        ]}
      />

      <h2 className="pt-2 text-lg font-semibold text-slate-900">{e.groupsTitle}</h2>
      {groups.map((group) => {
        const groupLabel = `${fill(t.reports.fields.group, { group: group.code })} – `;
        const keys = GROUP_FIELDS.map((name) => groupFieldKey(group.code, name));
        return (
          <GroupSection
            key={group.code}
            code={group.code}
            title={fill(e.groupTitle, { group: group.code, name: group.shortName })}
            name={group.name}
            fields={GROUP_FIELDS.map((name, index) => field(keys[index]!, t.reports.fields[name], groupLabel))}
            warnings={warningsOf(keys)}
            rate={{ label: e.groupRate, ...shownRate(rates.groups[group.code]!), testId: `rate-group-${group.code}` }}
          />
        );
      })}

      {editable && (
        <EntrySaveBar
          t={t}
          queued={queued}
          notKept={notKept}
          online={online}
          answer={result.message !== null && !pending && (!result.ok || !dirty) ? result : null}
          dirty={dirty}
          pending={pending}
          sending={state.sending}
          withReviewers={withReviewers}
          canSubmit={props.canSubmit}
        />
      )}
    </form>
  );
}
