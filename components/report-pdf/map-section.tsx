// The report's map (./monthly-report-document.tsx), as on the dashboards: the national report's
// tile grid of provinces (./pdf-tile-map.tsx), a province's or district's choropleth of its child
// units from the imported boundaries (d3-geo path strings, lib/monthly-report/report-map.ts), or,
// when no boundary was imported, the one line the dashboard says. Coloured by coverage rate bands,
// with the dashboard's legend (lib/dashboard/map-shade.ts), beside the map.
import { G, Path, Rect, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";

import { legendLabel, legendShades, mapShade } from "@/lib/dashboard/map-shade";
import { formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { REPORT_FONT } from "@/lib/monthly-report/report-font";
import { REPORT_MAP_BOX, type ReportMap } from "@/lib/monthly-report/report-map";

import { shadeColours } from "./map-palette";
import { PdfTileMap } from "./pdf-tile-map";
import { numbered, Section, styles, type SectionProps } from "./report-layout";

function Legend({ report, locale, t }: SectionProps) {
  return (
    <View>
      <Text style={styles.bold}>{t.map.legend}</Text>
      {legendShades("coverage").map((shade) => {
        const colours = shadeColours(shade);
        return (
          <View
            key={shade.kind === "band" ? shade.band : shade.status}
            style={{ flexDirection: "row", alignItems: "center", marginTop: 3 }}
          >
            <Svg width={12} height={10} style={{ marginRight: 5 }}>
              <Rect
                x={0.5}
                y={0.5}
                width={11}
                height={9}
                rx={1.5}
                fill={colours.fill}
                stroke={colours.stroke}
                strokeWidth={1}
                strokeDasharray={colours.dashed ? "2 1.5" : undefined}
              />
            </Svg>
            <Text>{legendLabel(shade, report.basis, locale, t)}</Text>
          </View>
        );
      })}
    </View>
  );
}

function Choropleth({
  map,
  locale,
}: {
  map: Extract<ReportMap, { kind: "boundaries" }>;
  locale: SectionProps["locale"];
}) {
  const { width, height } = REPORT_MAP_BOX;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {map.shapes.map((shape) => {
        const colours = shadeColours(mapShade(shape, "coverage"));
        return (
          <Path
            key={shape.code}
            d={shape.d}
            fill={colours.fill}
            stroke="#334155"
            strokeWidth={0.5}
            strokeDasharray={colours.dashed ? "2 1.5" : undefined}
          />
        );
      })}
      {map.shapes.map((shape) => {
        const colours = shadeColours(mapShade(shape, "coverage"));
        const [x, y] = shape.centroid;
        return (
          <G key={shape.code}>
            <SvgText
              x={x}
              y={y - 1}
              style={{ fontFamily: REPORT_FONT, fontSize: 5 }}
              fill={colours.text}
              textAnchor="middle"
            >
              {shape.name}
            </SvgText>
            <SvgText
              x={x}
              y={y + 5.5}
              style={{ fontFamily: REPORT_FONT, fontSize: 5.5, fontWeight: 700 }}
              fill={colours.text}
              textAnchor="middle"
            >
              {shape.rate === null ? "–" : formatPercent(shape.rate, locale)}
            </SvgText>
          </G>
        );
      })}
    </Svg>
  );
}

export function MapSection(props: SectionProps) {
  const { report, t } = props;
  const map = report.map;
  const r = t.reportPdf.map;
  if (!map) return null;
  if (map.kind === "noBoundaries")
    return (
      <Section title={numbered(props.numbers, "map", r.title)}>
        <Text>{r.noBoundaries}</Text>
      </Section>
    );
  const islandLines = (name: string) => name.split(" (").map((part, index) => (index > 0 ? `(${part}` : part));
  return (
    <Section title={numbered(props.numbers, "map", r.title)}>
      <View style={{ flexDirection: "row" }}>
        <View style={{ flexShrink: 0 }}>
          {map.kind === "tiles" ? (
            <PdfTileMap
              map={map}
              islands={{ hoangSa: islandLines(t.map.islands.hoangSa), truongSa: islandLines(t.map.islands.truongSa) }}
              locale={props.locale}
            />
          ) : (
            <Choropleth map={map} locale={props.locale} />
          )}
        </View>
        <View style={{ marginLeft: 16, flex: 1 }}>
          <Legend {...props} />
          <Text style={[styles.note, { marginTop: 8 }]}>{map.kind === "tiles" ? r.tilesNote : r.boundariesNote}</Text>
          {map.kind === "tiles" && map.unplaced.length > 0 && (
            <Text style={[styles.note, { marginTop: 4 }]}>
              {fill(r.unplaced, {
                units: map.unplaced
                  .map((unit) => `${unit.name} (${unit.rate === null ? "–" : formatPercent(unit.rate, props.locale)})`)
                  .join(", "),
              })}
            </Text>
          )}
          {map.kind === "boundaries" && map.withoutShape.length > 0 && (
            <Text style={[styles.note, { marginTop: 4 }]}>
              {fill(r.withoutShape, { units: map.withoutShape.join(", ") })}
            </Text>
          )}
        </View>
      </View>
    </Section>
  );
}
