"use client";

// The figures of the province the tile map shows (./province-tile-map.tsx): beside its tile on a
// wide screen (left or right of it, level with its top or, in the southern half, its bottom:
// whichever has room); on a phone a sheet above the bottom bar, with the link and a close button,
// since a tap is taken.
import Link from "next/link";

import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { TilePlace } from "@/lib/map/tile-layout";

import { MapFigures } from "./map-legend";
import type { ProvinceTile } from "./province-tile-map";

export function ProvinceTileTooltip({
  id,
  shown,
  shownPlace,
  layout,
  onClose,
  basis,
  locale,
  t,
}: {
  id: string;
  shown: ProvinceTile;
  /** The tile's cell, or null for a province under the grid. */
  shownPlace: TilePlace | null;
  layout: { columns: number; rows: number };
  onClose: () => void;
  basis: CountingBasis;
  locale: Locale;
  t: Pick<Messages, "map" | "status" | "ranking">;
}) {
  const m = t.map;
  const side = shownPlace && shownPlace.col < layout.columns / 2 ? "right" : "left";
  const south = shownPlace !== null && shownPlace.row >= layout.rows / 2;
  const tooltipPlace = shownPlace
    ? ({
        "--tip-top": south ? "auto" : `${(shownPlace.row / layout.rows) * 100}%`,
        "--tip-bottom": south ? `${((layout.rows - shownPlace.row - 1) / layout.rows) * 100}%` : "auto",
        "--tip-left": side === "right" ? `${((shownPlace.col + 1) / layout.columns) * 100}%` : "auto",
        "--tip-right": side === "left" ? `${((layout.columns - shownPlace.col) / layout.columns) * 100}%` : "auto",
      } as React.CSSProperties)
    : undefined;

  return (
    <div
      id={id}
      role="tooltip"
      style={tooltipPlace}
      data-testid="map-tooltip"
      className={`no-print fixed inset-x-3 bottom-[calc(var(--bottom-nav-height)+0.75rem)] z-40 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg ${
        tooltipPlace
          ? "md:absolute md:inset-x-auto md:bottom-[var(--tip-bottom)] md:left-[var(--tip-left)] md:right-[var(--tip-right)] md:top-[var(--tip-top)] md:mx-1 md:w-60"
          : "md:absolute md:bottom-auto md:left-auto md:right-0 md:top-full md:w-60"
      }`}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-semibold text-slate-900">
          <Entered kind="unit">{shown.name}</Entered>
        </p>
        <button
          type="button"
          onClick={onClose}
          className="-mr-1 -mt-1 rounded px-1.5 text-lg leading-none text-slate-600 hover:bg-slate-100 md:hidden"
          aria-label={m.close}
        >
          ×
        </button>
      </div>
      <MapFigures unit={shown} basis={basis} locale={locale} t={t} />
      <Link
        href={shown.href}
        className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2 md:hidden"
      >
        {fillNodes(m.drillDown, { name: <Entered kind="unit">{shown.shortName}</Entered> })}
      </Link>
    </div>
  );
}
