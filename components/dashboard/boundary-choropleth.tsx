"use client";

// The choropleth's drawing and its controls (./boundary-map.tsx reads the figures and projects the
// boundaries into SVG paths on the server). Each unit is an SVG link to its dashboard; hovering it,
// focusing it with the keyboard or tapping it once shows its figures (a second tap opens it), Escape
// hides them. Colouring as on the province tile map (./map-legend.tsx); in the standing colouring
// each shape carries its mark (✓ ≈ ✗) and every link's accessible name says the rate and standing.
import { useRef, useState } from "react";

import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { rateBand } from "@/lib/coverage/rate-bands";
import { replaceMapParam, type MapColouring } from "@/lib/dashboard/map-options";
import { mapShade, STATUS_MARKS } from "@/lib/dashboard/map-shade";
import { formatCount, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import { MapColouringSwitch, MapFigures, MapLegend, type MapUnit } from "./map-legend";

export type ShapeUnit = MapUnit & { code: string; name: string; href: string; d: string; centroid: [number, number] };

/** SVG fills of the shades (lib/dashboard/map-shade.ts): the same colours as the tiles' (./map-legend.tsx). */
const BAND_FILLS = ["fill-blue-50", "fill-blue-200", "fill-blue-400", "fill-blue-600", "fill-blue-800"];
const STATUS_FILLS: Record<MapUnit["status"], string> = {
  met: "fill-green-100",
  near: "fill-amber-100",
  behind: "fill-red-100",
  noTarget: "fill-slate-100",
  noData: "fill-slate-100",
  notReported: "fill-white",
};

function shapeFill(unit: ShapeUnit, colouring: MapColouring): string {
  const shade = mapShade(unit, colouring);
  return shade.kind === "band" ? BAND_FILLS[shade.band]! : STATUS_FILLS[shade.status];
}

export function BoundaryChoropleth({
  width,
  height,
  shapes,
  withoutShape,
  initialColouring,
  rankingAnchor,
  basis,
  locale,
  t,
}: {
  width: number;
  height: number;
  shapes: ShapeUnit[];
  /** Child units without a boundary: named under the map. */
  withoutShape: { code: string; name: string; href: string }[];
  initialColouring: MapColouring;
  rankingAnchor: string;
  basis: CountingBasis;
  locale: Locale;
  t: Pick<Messages, "map" | "status" | "ranking" | "boundaries">;
}) {
  const m = t.boundaries.map;
  const [colouring, setColouring] = useState(initialColouring);
  const [active, setActive] = useState<string | null>(null);
  const touch = useRef(false);
  const shown = shapes.find((shape) => shape.code === active) ?? null;
  const tooltipId = "boundary-map-figures";

  const colourBy = (next: MapColouring) => {
    setColouring(next);
    const query = replaceMapParam(window.location.search, next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  };

  const spoken = (unit: ShapeUnit) =>
    `${unit.name}: ${unit.rate === null ? "–" : formatPercent(unit.rate, locale)}, ${
      unit.status === "notReported" ? t.ranking.notReported[basis] : t.status[unit.status]
    }`;

  // The figures beside the shape: right of it in the map's western half, left of it in the eastern.
  const tipStyle = shown
    ? ({
        top: `${(shown.centroid[1] / height) * 100}%`,
        ...(shown.centroid[0] < width / 2
          ? { left: `${(shown.centroid[0] / width) * 100}%` }
          : { right: `${((width - shown.centroid[0]) / width) * 100}%` }),
      } as React.CSSProperties)
    : undefined;

  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
      <div className="w-full max-w-[34rem] lg:shrink-0">
        <a
          href={`#${rankingAnchor}`}
          className="no-print sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:text-brand-700 focus:underline"
        >
          {t.map.skip}
        </a>
        <div className="relative">
          <svg
            viewBox={`0 0 ${width} ${height}`}
            className="h-auto w-full [print-color-adjust:exact]"
            role="group"
            aria-label={m.title}
            data-testid="boundary-map"
          >
            {shapes.map((unit) => {
              const mark = colouring === "status" && unit.rate !== null ? STATUS_MARKS[unit.status] : undefined;
              return (
                <a
                  key={unit.code}
                  href={unit.href}
                  aria-label={spoken(unit)}
                  aria-describedby={active === unit.code ? tooltipId : undefined}
                  data-testid="map-shape"
                  data-code={unit.code}
                  data-status={unit.status}
                  data-band={unit.rate === null ? undefined : rateBand(unit.rate)}
                  className="group focus:outline-none"
                  onPointerDown={(event) => {
                    touch.current = event.pointerType !== "mouse";
                  }}
                  onPointerEnter={(event) => {
                    if (event.pointerType === "mouse") setActive(unit.code);
                  }}
                  onPointerLeave={(event) => {
                    if (event.pointerType === "mouse") setActive((current) => (current === unit.code ? null : current));
                  }}
                  onFocus={() => {
                    if (!touch.current) setActive(unit.code);
                  }}
                  onBlur={() => {
                    if (!touch.current) setActive((current) => (current === unit.code ? null : current));
                  }}
                  onKeyDown={(event) => {
                    touch.current = false;
                    if (event.key === "Escape") setActive(null);
                  }}
                  onClick={(event) => {
                    if (touch.current && active !== unit.code) {
                      event.preventDefault();
                      setActive(unit.code);
                    }
                  }}
                >
                  <path
                    d={unit.d}
                    className={`${shapeFill(unit, colouring)} stroke-slate-700 group-hover:stroke-slate-950 group-focus-visible:stroke-brand-600 ${
                      active === unit.code ? "stroke-[3]" : "stroke-1"
                    } ${unit.status === "notReported" ? "[stroke-dasharray:4_3]" : ""}`}
                  />
                  {mark && (
                    <text
                      x={unit.centroid[0]}
                      y={unit.centroid[1]}
                      textAnchor="middle"
                      dominantBaseline="central"
                      aria-hidden
                      className="pointer-events-none fill-slate-900 text-[14px] font-semibold"
                    >
                      {mark}
                    </text>
                  )}
                </a>
              );
            })}
          </svg>
          {shown && (
            <div
              id={tooltipId}
              role="tooltip"
              style={tipStyle}
              data-testid="map-tooltip"
              className="no-print fixed inset-x-3 bottom-[calc(var(--bottom-nav-height)+0.75rem)] z-40 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg md:absolute md:inset-x-auto md:bottom-auto md:mx-2 md:w-60"
            >
              <div className="flex items-start justify-between gap-2">
                <p className="font-semibold text-slate-900">{shown.name}</p>
                <button
                  type="button"
                  onClick={() => setActive(null)}
                  className="-mr-1 -mt-1 rounded px-1.5 text-lg leading-none text-slate-600 hover:bg-slate-100 md:hidden"
                  aria-label={t.map.close}
                >
                  ×
                </button>
              </div>
              <MapFigures unit={shown} basis={basis} locale={locale} t={t} />
              <a
                href={shown.href}
                className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2 md:hidden"
              >
                {fillNodes(t.map.drillDown, { name: <Entered kind="unit">{shown.name}</Entered> })}
              </a>
            </div>
          )}
        </div>
        {withoutShape.length > 0 && (
          // Folded: a province with few shapes imported would otherwise list most of its communes here.
          <details className="mt-3 text-sm" data-testid="map-without-shape">
            <summary className="cursor-pointer text-slate-600">
              {m.noShape} {formatCount(withoutShape.length, locale)}
            </summary>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
              {withoutShape.map((unit) => (
                <li key={unit.code}>
                  <a href={unit.href} className="text-brand-700 underline underline-offset-2">
                    {unit.name}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <div className="space-y-3 text-sm lg:pt-1">
        <MapColouringSwitch colouring={colouring} onChange={colourBy} t={t} />
        <MapLegend colouring={colouring} basis={basis} locale={locale} t={t} />
        <p className="no-print text-slate-600 md:hidden">{m.tapHint}</p>
        <p className="text-slate-600">
          {t.map.fallback}{" "}
          <a href={`#${rankingAnchor}`} className="text-brand-700 underline underline-offset-2">
            {t.map.fallbackLink}
          </a>
        </p>
      </div>
    </div>
  );
}
