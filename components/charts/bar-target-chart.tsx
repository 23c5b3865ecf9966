"use client";

// Bars of actual percentages with a target mark on each bar, on an axis fitted to the figures
// (./percent-axis.ts) so that a two-point gap shows: an axis that does not start at 0 says so with a
// break mark across its foot, under its first label. Each bar may carry a note above it (the gap
// to the target, "−2,00 điểm"), drawn above the bar or the mark, whichever is higher.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Scatter,
  Text,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";

import type { ChartDownload } from "./chart-download-menu";
import { ChartFrame, type DataTable } from "./chart-frame";
import { percentAxis } from "./percent-axis";
import { AXIS_TICK, CHART_COLORS } from "./theme";

export type BarTargetDatum = {
  label: string;
  /** Percentages (93 for 93%). */
  actual: number | null;
  target: number | null;
  /** A short text above the bar, in a colour (a CSS colour). */
  note?: { text: string; color: string } | null;
};

/** A short horizontal stroke drawn at the target value, as wide as a bar; nothing where there is no target. */
function TargetMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: BarTargetDatum }) {
  if (cx === undefined || cy === undefined || payload?.target == null) return null;
  return <line x1={cx - 22} x2={cx + 22} y1={cy} y2={cy} stroke={CHART_COLORS.target} strokeWidth={3} />;
}

/**
 * A bar's label, wrapped at the width of its bar's band (the axis's width over the number of bars),
 * so that narrow bars on a phone put "Nhóm 1" on two lines instead of running into the next label.
 */
function BandTick({
  x,
  y,
  width,
  visibleTicksCount,
  payload,
  fill,
  fontSize,
  className,
}: {
  x?: number;
  y?: number;
  width?: number;
  visibleTicksCount?: number;
  payload?: { value: string };
  fill?: string;
  fontSize?: number;
  /** Recharts' class of tick labels, which page styles size (globals.css). */
  className?: string;
}) {
  const band = (width ?? 0) / Math.max(1, visibleTicksCount ?? 1);
  return (
    <Text
      x={x}
      y={y}
      width={Math.max(band - 4, 0)}
      textAnchor="middle"
      verticalAnchor="start"
      fill={fill}
      fontSize={fontSize}
      className={className}
    >
      {payload?.value ?? ""}
    </Text>
  );
}

/** Two short slanted strokes across the foot of the value axis: the axis does not start at 0. */
function AxisBreak() {
  const plot = usePlotArea();
  if (!plot) return null;
  const x = plot.x;
  const y = plot.y + plot.height - 10;
  return (
    <g data-testid="axis-break">
      <rect x={x - 7} y={y - 3} width={14} height={6} fill="white" />
      <line x1={x - 7} y1={y - 1} x2={x + 7} y2={y - 5} stroke={CHART_COLORS.axis} strokeWidth={1.5} />
      <line x1={x - 7} y1={y + 5} x2={x + 7} y2={y + 1} stroke={CHART_COLORS.axis} strokeWidth={1.5} />
    </g>
  );
}

/** Each bar's note, centred above the higher of its bar and its target mark. */
function BarNotes({ data, fontSize }: { data: readonly BarTargetDatum[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g data-testid="bar-notes">
      {data.map((datum) => {
        const top = Math.max(datum.actual ?? -Infinity, datum.target ?? -Infinity);
        const x = xScale(datum.label, { position: "middle" });
        const y = Number.isFinite(top) ? yScale(top) : undefined;
        if (!datum.note || x === undefined || y === undefined) return null;
        return (
          <text
            key={datum.label}
            x={x}
            y={y - 6}
            textAnchor="middle"
            fontSize={fontSize}
            fontWeight={600}
            fill={datum.note.color}
          >
            {datum.note.text}
          </text>
        );
      })}
    </g>
  );
}

export function BarTargetChart({
  data,
  actualLabel,
  targetLabel,
  formatValue,
  table,
  showDataLabel,
  download,
  height,
  fontSize,
}: {
  data: BarTargetDatum[];
  actualLabel: string;
  targetLabel: string;
  formatValue: (value: number) => string;
  table: DataTable;
  showDataLabel: string;
  download?: ChartDownload;
  height?: number;
  fontSize?: number;
}) {
  const tick = fontSize ? { ...AXIS_TICK, fontSize } : AXIS_TICK;
  const axis = percentAxis(data.flatMap((d) => [d.actual, d.target]).filter((v): v is number => v !== null));
  return (
    <ChartFrame table={table} showDataLabel={showDataLabel} height={height} download={download}>
      <ComposedChart
        accessibilityLayer={false}
        data={data}
        margin={{ top: tick.fontSize + 12, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={<BandTick {...tick} />} interval={0} height={Math.ceil(tick.fontSize * 2.5) + 8} />
        <YAxis
          domain={[axis.low, axis.high]}
          ticks={axis.ticks}
          allowDataOverflow
          tick={tick}
          tickFormatter={formatValue}
          width={fontSize ? fontSize * 5.5 : 64}
        />
        <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} />
        <Legend wrapperStyle={fontSize ? { fontSize } : undefined} />
        <Bar
          dataKey="actual"
          name={actualLabel}
          fill={CHART_COLORS.actual}
          radius={[3, 3, 0, 0]}
          maxBarSize={56}
          isAnimationActive={false}
        />
        <Scatter dataKey="target" name={targetLabel} fill={CHART_COLORS.target} shape={<TargetMark />} />
        <BarNotes data={data} fontSize={tick.fontSize} />
        {axis.low > 0 && <AxisBreak />}
      </ComposedChart>
    </ChartFrame>
  );
}
