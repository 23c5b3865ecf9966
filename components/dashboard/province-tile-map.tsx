"use client";

// The tile-grid map's drawing and its controls (./coverage-map.tsx reads the figures). Each
// province is a link to its dashboard; hovering it, focusing it with the keyboard or tapping it
// once shows its figures (a second tap opens it), Escape hides them. The colouring — coverage
// rate bands or standing against the target — is switched in the browser and written to the URL.
// Status is never carried by colour alone: each tile has its mark (✓ ≈ ✗, – for no report) and
// words in its accessible name, and the legend names them.
import Link from "next/link";
import { useRef, useState } from "react";

import { Entered } from "@/components/ui/entered";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { rateBand } from "@/lib/coverage/rate-bands";
import { replaceMapParam, type MapColouring } from "@/lib/dashboard/map-options";
import { mapShade, STATUS_MARKS } from "@/lib/dashboard/map-shade";
import type { LinkedMapUnit } from "@/lib/dashboard/map-units";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { SeaArea, TilePlace } from "@/lib/map/tile-layout";

import { MapColouringSwitch, MapLegend, shadeStyle } from "./map-legend";
import { ProvinceTileTooltip } from "./province-tile-tooltip";

/** A province on the map: what a map shows of a unit (lib/dashboard/map-units.ts), with its short name. */
export type ProvinceTile = Omit<LinkedMapUnit, "id"> & { shortName: string };

type Texts = Pick<Messages, "map" | "status" | "ranking">;

const cell = (place: TilePlace, span: { cols?: number; rows?: number } = {}) => ({
  gridColumn: `${place.col + 1} / span ${span.cols ?? 1}`,
  gridRow: `${place.row + 1} / span ${span.rows ?? 1}`,
});

export function ProvinceTileMap({
  layout,
  tiles,
  unplaced,
  empty,
  initialColouring,
  rankingAnchor,
  basis,
  locale,
  t,
}: {
  layout: { columns: number; rows: number; islands: { hoangSa: SeaArea; truongSa: SeaArea } };
  tiles: (ProvinceTile & TilePlace)[];
  /** Provinces the layout has no cell for: a row under the grid. */
  unplaced: ProvinceTile[];
  /** Cells of the layout no province of the month fills. */
  empty: TilePlace[];
  initialColouring: MapColouring;
  /** The id of the ranking, the map's table. */
  rankingAnchor: string;
  basis: CountingBasis;
  locale: Locale;
  t: Texts;
}) {
  const m = t.map;
  const [colouring, setColouring] = useState(initialColouring);
  const [active, setActive] = useState<string | null>(null);
  /** Whether the last pointer was a finger or a pen: then a first tap shows the figures. */
  const touch = useRef(false);
  const rate = (value: number | null) => formatPercent(value, locale);
  const notReported = t.ranking.notReported[basis];

  const colourBy = (next: MapColouring) => {
    setColouring(next);
    const query = replaceMapParam(window.location.search, next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  };

  const all = [...tiles, ...unplaced];
  const shown = all.find((tile) => tile.code === active) ?? null;
  const shownPlace = tiles.find((tile) => tile.code === active) ?? null;
  const tooltipId = "province-map-figures";

  const tileLink = (tile: ProvinceTile, style?: React.CSSProperties) => {
    // The name read out is the text shown (name, rate) with the status in words; the name is read,
    // not shown, on a phone, and the mark is shown, not read.
    const spoken = tile.status === "notReported" ? notReported : t.status[tile.status];
    const mark = colouring === "status" ? STATUS_MARKS[tile.status] : undefined;
    return (
      <Link
        key={tile.code}
        href={tile.href}
        style={style}
        aria-describedby={active === tile.code ? tooltipId : undefined}
        data-testid="map-tile"
        data-code={tile.code}
        data-status={tile.status}
        data-band={tile.rate === null ? undefined : rateBand(tile.rate)}
        onPointerDown={(event) => {
          touch.current = event.pointerType !== "mouse";
        }}
        onPointerEnter={(event) => {
          if (event.pointerType === "mouse") setActive(tile.code);
        }}
        onPointerLeave={(event) => {
          if (event.pointerType === "mouse") setActive((current) => (current === tile.code ? null : current));
        }}
        onFocus={() => {
          if (!touch.current) setActive(tile.code);
        }}
        onBlur={() => {
          if (!touch.current) setActive((current) => (current === tile.code ? null : current));
        }}
        onKeyDown={(event) => {
          touch.current = false;
          if (event.key === "Escape") setActive(null);
        }}
        onClick={(event) => {
          if (touch.current && active !== tile.code) {
            event.preventDefault();
            setActive(tile.code);
          }
        }}
        className={`relative flex aspect-square min-w-0 flex-col items-center justify-center overflow-hidden rounded border-2 p-0.5 text-center leading-tight hover:z-10 hover:ring-2 hover:ring-slate-900 focus:outline-none focus-visible:z-10 focus-visible:ring-[3px] focus-visible:ring-brand-600 focus-visible:ring-offset-2 ${shadeStyle(mapShade(tile, colouring))} ${active === tile.code ? "z-10 ring-2 ring-slate-900" : ""}`}
      >
        <span className="sr-only w-full break-words text-[10px] font-medium @md:not-sr-only @md:block">
          <Entered kind="unit">{tile.shortName}</Entered>
          <span className="sr-only">:</span>
        </span>
        <span className="text-[9px] font-semibold tabular-nums tracking-tight @md:text-[11px]">
          {tile.rate === null ? "–" : rate(tile.rate)}
          {mark && tile.rate !== null && (
            <span aria-hidden className="block @md:ml-0.5 @md:inline">
              {mark}
            </span>
          )}
          <span className="sr-only">, {spoken}</span>
        </span>
      </Link>
    );
  };

  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
      <div className="w-full max-w-[30rem] lg:shrink-0">
        <a
          href={`#${rankingAnchor}`}
          className="no-print sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:text-brand-700 focus:underline"
        >
          {m.skip}
        </a>
        <div className="@container">
          <div
            className="relative grid gap-0.5 [print-color-adjust:exact] @md:gap-1"
            style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
            data-testid="tile-map"
            data-columns={layout.columns}
          >
            {empty.map((place) => (
              <div
                key={`${place.col}:${place.row}`}
                aria-hidden
                style={cell(place)}
                className="aspect-square rounded bg-slate-100"
                data-testid="map-empty-cell"
              />
            ))}
            {(["hoangSa", "truongSa"] as const).map((name) => (
              <div
                key={name}
                style={cell(layout.islands[name], { cols: layout.islands[name].cols, rows: layout.islands[name].rows })}
                className="flex flex-col items-center justify-center gap-1 rounded-lg border border-dotted border-sky-400 bg-sky-50 p-1 text-center text-[9px] leading-tight text-slate-700 @md:text-[11px]"
                data-testid={`map-islands-${name}`}
              >
                <span aria-hidden className="flex gap-1">
                  <span className="h-1.5 w-1.5 rounded-full bg-slate-500" />
                  <span className="mt-1 h-1 w-1 rounded-full bg-slate-500" />
                  <span className="h-1 w-1.5 rounded-full bg-slate-500" />
                </span>
                {m.islands[name]}
              </div>
            ))}
            {tiles.map((tile) => tileLink(tile, cell(tile)))}
            {shown && (
              <ProvinceTileTooltip
                id={tooltipId}
                shown={shown}
                shownPlace={shownPlace}
                layout={layout}
                onClose={() => setActive(null)}
                basis={basis}
                locale={locale}
                t={t}
              />
            )}
          </div>
        </div>
        {unplaced.length > 0 && (
          <div className="mt-3" data-testid="map-unplaced">
            <p className="text-sm text-slate-600">{m.unplaced}</p>
            <div className="mt-1 grid w-full grid-cols-6 gap-1 @container sm:w-2/3">
              {unplaced.map((tile) => tileLink(tile))}
            </div>
          </div>
        )}
      </div>

      <div className="space-y-3 text-sm lg:pt-1">
        <MapColouringSwitch colouring={colouring} onChange={colourBy} t={t} />
        <MapLegend colouring={colouring} basis={basis} locale={locale} t={t} />
        {empty.length > 0 && <p className="text-slate-600">{m.emptyCells}</p>}
        <p className="no-print text-slate-600 md:hidden">{m.tapHint}</p>
        <p className="text-slate-600">
          {m.fallback}{" "}
          <a href={`#${rankingAnchor}`} className="text-brand-700 underline underline-offset-2">
            {m.fallbackLink}
          </a>
        </p>
      </div>
    </div>
  );
}
