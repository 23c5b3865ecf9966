// The national report's tile grid of provinces as vector graphics (react-pdf's Svg): one square per
// province in its cell of the structure's layout (lib/map/), coloured by its rate band as on the
// dashboard (lib/dashboard/map-shade.ts), with its name and rate as text; the layout's empty cells
// pale, so that the country's shape reads; Hoàng Sa and Trường Sa in the sea to the east, labelled
// as Vietnam's. The names are real text (searchable, read back by pdftotext).
import { G, Rect, Svg, Text as SvgText } from "@react-pdf/renderer";

import { mapShade } from "@/lib/dashboard/map-shade";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { REPORT_FONT } from "@/lib/monthly-report/report-font";
import type { ReportMap } from "@/lib/monthly-report/report-map";

import { EMPTY_CELL, SEA, shadeColours } from "./map-palette";

/** A cell's side and the gap between tiles, in points. */
export const TILE_CELL = 30;
const GAP = 1.5;
const TILE = TILE_CELL - GAP;

/** A name on at most two lines, split at the space nearest its middle. */
function nameLines(name: string): string[] {
  if (name.length <= 9 || !name.includes(" ")) return [name];
  const middle = name.length / 2;
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  const cut = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, cut), name.slice(cut + 1)];
}

export function PdfTileMap({
  map,
  islands,
  locale,
}: {
  map: Extract<ReportMap, { kind: "tiles" }>;
  /** The archipelagos' labels, each on up to three lines. */
  islands: { hoangSa: string[]; truongSa: string[] };
  locale: Locale;
}) {
  const width = map.columns * TILE_CELL;
  const height = map.rows * TILE_CELL;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {map.empty.map(({ col, row }) => (
        <Rect
          key={`${col}:${row}`}
          x={col * TILE_CELL}
          y={row * TILE_CELL}
          width={TILE}
          height={TILE}
          rx={2}
          fill={EMPTY_CELL}
        />
      ))}
      {(["hoangSa", "truongSa"] as const).map((name) => {
        const area = map.islands[name];
        const [x, y] = [area.col * TILE_CELL, area.row * TILE_CELL];
        const [w, h] = [area.cols * TILE_CELL - GAP, area.rows * TILE_CELL - GAP];
        const lines = islands[name];
        return (
          <G key={name}>
            <Rect
              x={x}
              y={y}
              width={w}
              height={h}
              rx={4}
              fill={SEA.fill}
              stroke={SEA.stroke}
              strokeWidth={0.6}
              strokeDasharray="1.5 1.5"
            />
            {lines.map((line, index) => (
              <SvgText
                key={index}
                x={x + w / 2}
                y={y + h / 2 + (index - (lines.length - 1) / 2) * 6.5 + 2}
                style={{ fontFamily: REPORT_FONT, fontSize: 5.5 }}
                fill="#334155"
                textAnchor="middle"
              >
                {line}
              </SvgText>
            ))}
          </G>
        );
      })}
      {map.tiles.map((tile) => {
        const colours = shadeColours(mapShade(tile, "coverage"));
        const [x, y] = [tile.col * TILE_CELL, tile.row * TILE_CELL];
        const lines = nameLines(tile.shortName);
        return (
          <G key={tile.code}>
            <Rect
              x={x + 0.4}
              y={y + 0.4}
              width={TILE - 0.8}
              height={TILE - 0.8}
              rx={2}
              fill={colours.fill}
              stroke={colours.stroke}
              strokeWidth={0.8}
              strokeDasharray={colours.dashed ? "2 1.5" : undefined}
            />
            {lines.map((line, index) => (
              <SvgText
                key={index}
                x={x + TILE / 2}
                y={y + 9 + index * 5.2 - (lines.length - 1) * 2}
                style={{ fontFamily: REPORT_FONT, fontSize: 4.8 }}
                fill={colours.text}
                textAnchor="middle"
              >
                {line}
              </SvgText>
            ))}
            <SvgText
              x={x + TILE / 2}
              y={y + TILE - 5}
              style={{ fontFamily: REPORT_FONT, fontSize: 5.6, fontWeight: 700 }}
              fill={colours.text}
              textAnchor="middle"
            >
              {tile.rate === null ? "–" : formatPercent(tile.rate, locale)}
            </SvgText>
          </G>
        );
      })}
    </Svg>
  );
}
