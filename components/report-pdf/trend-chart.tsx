// The coverage trend of the PDF report as vector graphics (react-pdf's Svg): the monthly rate as a
// line with dots, the target in force as a dashed step line, a y axis fitted to the figures (so a
// two-point gap shows) and month labels. Months without figures leave a gap in the line.
import { Circle, G, Line, Path, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";

import { percentAxis } from "@/components/charts/percent-axis";

export type TrendChartPoint = { label: string; rate: number | null; target: number | null };

const WIDTH = 515;
const HEIGHT = 170;
const PLOT = { left: 34, right: 18, top: 8, bottom: 22 };
const RATE_COLOUR = "#1d4ed8";
const TARGET_COLOUR = "#b91c1c";

function linePath(points: readonly ({ x: number; y: number } | null)[], step = false): string {
  let path = "";
  let previous: { x: number; y: number } | null = null;
  for (const point of points) {
    if (!point) {
      previous = null;
      continue;
    }
    if (!previous) path += `M ${point.x.toFixed(2)} ${point.y.toFixed(2)} `;
    else if (step) path += `H ${point.x.toFixed(2)} V ${point.y.toFixed(2)} `;
    else path += `L ${point.x.toFixed(2)} ${point.y.toFixed(2)} `;
    previous = point;
  }
  return path.trim();
}

export function TrendChart({
  points,
  formatAxis,
  labels,
}: {
  points: readonly TrendChartPoint[];
  /** A percentage (93 for 93%) as the axis writes it. */
  formatAxis: (percent: number) => string;
  labels: { rate: string; target: string };
}) {
  const values = points
    .flatMap((point) => [point.rate, point.target])
    .filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  const { low, high, ticks } = percentAxis(values);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (index: number) =>
    PLOT.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => PLOT.top + ((high - value) / (high - low)) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  const ratePoints = points.map((point, index) => (point.rate === null ? null : { x: x(index), y: y(point.rate) }));
  const targetPoints = points.map((point, index) =>
    point.target === null ? null : { x: x(index), y: y(point.target) },
  );

  return (
    <View wrap={false}>
      <Svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        {ticks.map((tick) => (
          <G key={tick}>
            <Line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" strokeWidth={0.5} />
            <SvgText x={PLOT.left - 3} y={y(tick) + 2.5} style={{ fontSize: 7 }} fill="#475569" textAnchor="end">
              {formatAxis(tick)}
            </SvgText>
          </G>
        ))}
        <Line
          x1={PLOT.left}
          x2={WIDTH - PLOT.right}
          y1={HEIGHT - PLOT.bottom}
          y2={HEIGHT - PLOT.bottom}
          stroke="#334155"
          strokeWidth={0.75}
        />
        {points.map((point, index) =>
          // Every few months, counted back from the last, so that the month reported is always named.
          (points.length - 1 - index) % labelEvery === 0 ? (
            <SvgText
              key={point.label}
              x={x(index)}
              y={HEIGHT - PLOT.bottom + 11}
              style={{ fontSize: 7 }}
              fill="#475569"
              textAnchor="middle"
            >
              {point.label}
            </SvgText>
          ) : null,
        )}
        <Path
          d={linePath(targetPoints, true)}
          stroke={TARGET_COLOUR}
          strokeWidth={1.2}
          strokeDasharray="4 3"
          fill="none"
        />
        <Path d={linePath(ratePoints)} stroke={RATE_COLOUR} strokeWidth={1.5} fill="none" />
        {ratePoints.map((point, index) =>
          point ? <Circle key={index} cx={point.x} cy={point.y} r={1.6} fill={RATE_COLOUR} /> : null,
        )}
      </Svg>
      <View style={{ flexDirection: "row", alignItems: "center", marginTop: 2, fontSize: 8 }}>
        <Swatch colour={RATE_COLOUR} />
        <Text style={{ marginRight: 14 }}>{labels.rate}</Text>
        <Swatch colour={TARGET_COLOUR} dashed />
        <Text>{labels.target}</Text>
      </View>
    </View>
  );
}

function Swatch({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <Svg width={18} height={6} style={{ marginRight: 4 }}>
      <Line
        x1={0}
        x2={18}
        y1={3}
        y2={3}
        stroke={colour}
        strokeWidth={1.5}
        strokeDasharray={dashed ? "4 3" : undefined}
      />
    </Svg>
  );
}
