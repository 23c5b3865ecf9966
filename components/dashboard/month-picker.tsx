"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { addMonths, monthRange, type Month } from "@/lib/period";
import { coverageHref, reviewHref } from "@/lib/routes";

import { useRankingHref } from "./keep-ranking-link";

/** Moves between months of a unit's page: the dashboard (default) or the review page. */
export function MonthPicker({
  unitCode,
  month,
  first,
  last,
  locale,
  labels,
  page = "coverage",
  params = {},
}: {
  unitCode: string;
  month: Month;
  first: Month;
  last: Month;
  locale: Locale;
  labels: { month: string; previous: string; next: string };
  page?: "coverage" | "review";
  /** Query parameters the dashboard's links keep (e.g. the structure view); the ranking's come from the URL. */
  params?: Record<string, string>;
}) {
  const router = useRouter();
  const withRanking = useRankingHref();
  const href = (code: string, to: Month) =>
    page === "review" ? reviewHref(code, to) : withRanking(coverageHref(code, to, params));
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const arrow = "rounded border border-slate-300 bg-white px-2 py-1 text-slate-700 hover:bg-slate-100";
  return (
    <div className="no-print flex items-center gap-2">
      {previous >= first ? (
        <Link href={href(unitCode, previous)} className={arrow} aria-label={labels.previous} title={labels.previous}>
          ‹
        </Link>
      ) : (
        <span className={`${arrow} opacity-40`} aria-hidden>
          ‹
        </span>
      )}
      <label className="flex items-center gap-2 text-sm">
        <span className="text-slate-600">{labels.month}</span>
        <select
          name="month"
          value={month}
          onChange={(event) => router.push(href(unitCode, event.target.value as Month))}
          className="rounded border border-slate-300 bg-white px-2 py-1"
        >
          {monthRange(first, last)
            .reverse()
            .map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
        </select>
      </label>
      {next <= last ? (
        <Link href={href(unitCode, next)} className={arrow} aria-label={labels.next} title={labels.next}>
          ›
        </Link>
      ) : (
        <span className={`${arrow} opacity-40`} aria-hidden>
          ›
        </span>
      )}
    </div>
  );
}
