// What the two coverage maps share (the province tile map, ./province-tile-map.tsx, and the
// choropleth of boundaries, ./boundary-choropleth.tsx): the colours of the rate bands and of the
// standings, the marks that carry a standing besides its colour, the colouring switch and the legend.
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { RankingStatus } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import type { MapColouring } from "@/lib/dashboard/map-options";
import { legendLabel, legendShades, STATUS_MARKS, type MapShade } from "@/lib/dashboard/map-shade";
import type { MapUnit } from "@/lib/dashboard/map-units";
import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import { OverHundredNote } from "./over-hundred-note";

/** Lightest to darkest: low coverage light, high coverage dark; text dark on light, white on dark. */
export const BAND_STYLES = [
  "bg-blue-50 text-slate-900 border-blue-200",
  "bg-blue-200 text-slate-900 border-blue-300",
  "bg-blue-400 text-slate-950 border-blue-500",
  "bg-blue-600 text-white border-blue-700",
  "bg-blue-800 text-white border-blue-900",
];

export const STATUS_STYLES: Record<RankingStatus, string> = {
  met: "bg-green-100 text-slate-900 border-green-600",
  near: "bg-amber-100 text-slate-900 border-amber-600",
  behind: "bg-red-100 text-slate-900 border-red-600",
  noTarget: "bg-slate-100 text-slate-900 border-slate-400",
  noData: "bg-slate-100 text-slate-900 border-slate-400",
  notReported: "bg-white text-slate-700 border-dashed border-slate-500",
};

/** A shade's classes on the dashboard (lib/dashboard/map-shade.ts decides the shade). */
export function shadeStyle(shade: MapShade): string {
  return shade.kind === "band" ? BAND_STYLES[shade.band]! : STATUS_STYLES[shade.status];
}

type Texts = Pick<Messages, "map" | "status" | "ranking">;

export type { MapUnit };

export function MapColouringSwitch({
  colouring,
  onChange,
  t,
}: {
  colouring: MapColouring;
  onChange: (next: MapColouring) => void;
  t: Texts;
}) {
  const m = t.map;
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <span className="text-slate-600">{m.colouring.label}</span>
      <div
        role="group"
        aria-label={m.colouring.label}
        className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
        data-testid="map-colouring"
      >
        {(["coverage", "status"] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={colouring === value}
            onClick={() => onChange(value)}
            className={`rounded px-2.5 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${colouring === value ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50"}`}
          >
            {m.colouring[value]}
          </button>
        ))}
      </div>
    </div>
  );
}

export function MapLegend({
  colouring,
  basis,
  locale,
  t,
}: {
  colouring: MapColouring;
  basis: CountingBasis;
  locale: Locale;
  t: Texts;
}) {
  const swatch = "inline-block h-4 w-4 shrink-0 rounded-sm border-2";
  return (
    <div>
      <p className="font-medium text-slate-700">{t.map.legend}</p>
      <ul className="mt-1 space-y-1 [print-color-adjust:exact]" data-testid="map-legend">
        {legendShades(colouring).map((shade) => {
          const mark = shade.kind === "status" ? STATUS_MARKS[shade.status] : undefined;
          return (
            <li key={shade.kind === "band" ? shade.band : shade.status} className="flex items-center gap-2">
              <span
                aria-hidden
                className={`${swatch} ${mark ? "flex items-center justify-center text-[10px] leading-none" : ""} ${shadeStyle(shade)}`}
              >
                {mark}
              </span>
              {legendLabel(shade, basis, locale, t)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A unit's figures in a map's tooltip: rate, insured, population, target, standing, reporting. */
export function MapFigures({
  unit,
  basis,
  locale,
  t,
}: {
  unit: MapUnit;
  basis: CountingBasis;
  locale: Locale;
  t: Texts;
}) {
  const rate = (value: number | null) => formatPercent(value, locale);
  const notReported = t.ranking.notReported[basis];
  return (
    <>
      {unit.rate === null ? (
        <p className="mt-1 italic text-slate-600">{unit.status === "notReported" ? notReported : t.status.noData}</p>
      ) : (
        <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
          <dt className="text-slate-600">{t.ranking.rate}</dt>
          <dd className="text-right font-semibold tabular-nums" data-testid="map-tooltip-rate">
            {rate(unit.rate)}
          </dd>
          <dt className="text-slate-600">{t.ranking.insured}</dt>
          <dd className="text-right tabular-nums" data-testid="map-tooltip-insured">
            {formatCount(unit.insured, locale)}
          </dd>
          <dt className="text-slate-600">{t.ranking.population}</dt>
          <dd className="text-right tabular-nums" data-testid="map-tooltip-population">
            {formatCount(unit.population, locale)}
          </dd>
          <dt className="text-slate-600">{t.ranking.target}</dt>
          <dd className="text-right tabular-nums" data-testid="map-tooltip-target">
            {unit.targetBp === null ? "–" : rate(basisPointsToRate(unit.targetBp))}
          </dd>
          <dt className="text-slate-600">{t.ranking.status}</dt>
          <dd className="text-right" data-testid="map-tooltip-status">
            {STATUS_MARKS[unit.status] && <span aria-hidden>{STATUS_MARKS[unit.status]} </span>}
            {t.status[unit.status === "notReported" ? "noData" : unit.status]}
          </dd>
        </dl>
      )}
      <div className="mt-1 flex flex-wrap gap-1">
        <OverHundredNote rate={unit.rate} t={t} />
      </div>
      {unit.reportingUnits < unit.baseUnits && (
        <p className="mt-1 text-xs text-amber-800">
          {fill(t.map.reporting, {
            reporting: formatCount(unit.reportingUnits, locale),
            total: formatCount(unit.baseUnits, locale),
          })}
        </p>
      )}
    </>
  );
}
