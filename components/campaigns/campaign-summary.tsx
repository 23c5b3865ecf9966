// One campaign with its progress: new enrollments and renewals against their targets (bars with
// the figures in words beside them), and the coverage at its latest counted month against the rate
// to reach by its end, with the people still to enroll. `compact` leaves out the agency, the plan
// and the notes (the card on a dashboard).
import Link from "next/link";

import { entered, Entered } from "@/components/ui/entered";
import type { CampaignWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import type { CountProgress } from "@/lib/coverage/campaign-progress";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatDate, formatMonth, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { coverageHref, planHref } from "@/lib/routes";

import { CampaignStatusBadge } from "./campaign-status-badge";

type Texts = Messages["campaigns"];

function CountRow({
  label,
  progress,
  locale,
  t,
  testId,
}: {
  label: string;
  progress: CountProgress;
  locale: Locale;
  t: Texts;
  testId: string;
}) {
  const n = (value: number) => formatCount(value, locale);
  const share = progress.attainment === null ? null : Math.min(1, progress.attainment);
  return (
    <div className="space-y-1" data-testid={testId}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className="tabular-nums text-slate-700">
          {progress.target === null
            ? fill(t.item.noTarget, { reached: n(progress.reached) })
            : fill(t.item.ofTarget, {
                reached: n(progress.reached),
                target: n(progress.target),
                attainment: formatPercent(progress.attainment, locale),
              })}
          {progress.remaining !== null && progress.remaining > 0 && (
            <span className="text-slate-600"> · {fill(t.item.remaining, { count: n(progress.remaining) })}</span>
          )}
        </span>
      </div>
      {share !== null && (
        <div aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-200">
          <div className={share >= 1 ? "h-full bg-met" : "h-full bg-brand-600"} style={{ width: `${share * 100}%` }} />
        </div>
      )}
    </div>
  );
}

export function CampaignSummary({
  campaign,
  locale,
  t,
  compact = false,
  editHref,
}: {
  campaign: CampaignWithProgress;
  locale: Locale;
  t: Texts;
  compact?: boolean;
  /** Where to edit it, for a user who may. */
  editHref?: string;
}) {
  const { progress, latestMonth } = campaign;
  const latest = progress.latest;
  const n = (value: number) => formatCount(value, locale);
  const target =
    campaign.targetRateBp === null ? null : formatPercent(basisPointsToRate(campaign.targetRateBp), locale);
  const Heading = compact ? "h3" : "h2";
  return (
    <article
      id={`campaign-${campaign.id}`}
      className="space-y-3"
      data-testid="campaign"
      aria-labelledby={`campaign-${campaign.id}-name`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={`campaign-${campaign.id}-name`} className="text-base font-semibold text-slate-900">
            <Entered kind="campaign">{campaign.name}</Entered>
          </Heading>
          <p className="text-sm text-slate-600">
            <Link
              href={coverageHref(campaign.unitCode, latestMonth ?? campaign.lastMonth)}
              className="text-brand-700 underline underline-offset-2"
            >
              <Entered kind="unit">{campaign.unitName}</Entered>
            </Link>
            {" · "}
            <span className="tabular-nums">
              {formatMonth(campaign.firstMonth, locale)} – {formatMonth(campaign.lastMonth, locale)}
            </span>
            {campaign.endedEarlyAt && (
              <> · {fill(t.item.endedEarly, { date: formatDate(campaign.endedEarlyAt, locale) })}</>
            )}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <CampaignStatusBadge status={campaign.status} t={t} />
          {editHref && (
            <Link
              href={editHref}
              className="text-sm font-medium text-brand-700 hover:underline"
              aria-label={`${t.item.edit}: ${campaign.name}`}
            >
              {t.item.edit}
            </Link>
          )}
        </div>
      </div>
      {!compact && (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div className="flex gap-2">
            <dt className="text-slate-600">{t.item.agency}:</dt>
            <dd className="text-slate-800" {...entered("agency")}>
              {campaign.responsibleAgency}
            </dd>
          </div>
          {campaign.planId !== null && campaign.planNumber !== null && (
            <div className="flex gap-2">
              <dt className="text-slate-600">{t.item.plan}:</dt>
              <dd>
                <Link href={planHref(campaign.planId)} className="text-brand-700 underline underline-offset-2">
                  <Entered kind="plan">{campaign.planNumber}</Entered>
                </Link>
              </dd>
            </div>
          )}
          {campaign.notes && (
            <div className="flex gap-2 sm:col-span-2">
              <dt className="text-slate-600">{t.item.notes}:</dt>
              <dd className="whitespace-pre-line text-slate-800" {...entered("campaign")}>
                {campaign.notes}
              </dd>
            </div>
          )}
        </dl>
      )}
      {latestMonth === null ? (
        <p className="text-sm text-slate-600">
          {campaign.status === "upcoming" ? t.item.notStarted : t.item.noReports}
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {fill(t.item.toDate, { month: formatMonth(latestMonth, locale) })}
          </p>
          <CountRow
            label={t.item.newlyEnrolled}
            progress={progress.newlyEnrolled}
            locale={locale}
            t={t}
            testId="campaign-new"
          />
          <CountRow
            label={t.item.renewed}
            progress={progress.renewed}
            locale={locale}
            t={t}
            testId="campaign-renewed"
          />
          <p className="text-sm text-slate-700" data-testid="campaign-enrolled">
            {fill(t.item.enrolled, { count: n(progress.enrolled) })}
          </p>
          {latest && (
            <div className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="campaign-coverage">
              <p className="text-slate-800">
                <span className="font-medium">
                  {fill(t.item.coverage, { month: formatMonth(latestMonth, locale) })}:{" "}
                </span>
                <span className="tabular-nums">
                  {fill(t.item.coverageValue, {
                    rate: formatPercent(latest.rate, locale),
                    insured: n(latest.insured),
                    population: n(latest.population),
                  })}
                </span>
                {target && (
                  <span className="text-slate-600">
                    {" · "}
                    {fill(t.item.targetRate, { target })}
                    {latest.points !== null && (
                      <> ({fill(t.item.points, { points: formatPoints(latest.points, locale) })})</>
                    )}
                  </span>
                )}
              </p>
              {target && latest.gap !== null && (
                <p
                  className={latest.gap > 0 ? "font-medium text-behind" : "font-medium text-met"}
                  data-testid="campaign-gap"
                >
                  {latest.gap > 0
                    ? fill(t.item.gap, { count: n(latest.gap), target })
                    : fill(t.item.gapReached, { target })}
                </p>
              )}
              {latest.provisional && (
                <p className="text-slate-600">
                  {fill(t.item.provisional, { reporting: n(latest.reportingUnits), total: n(latest.baseUnits) })}
                </p>
              )}
            </div>
          )}
        </div>
      )}
    </article>
  );
}
