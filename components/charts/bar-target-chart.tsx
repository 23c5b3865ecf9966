"use client";

// Bars of actual values with a target mark on each bar.
import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Text, Tooltip, XAxis, YAxis } from "recharts";
import { type DataTable, ChartFrame } from "./chart-frame";
import { AXIS_TICK, CHART_COLORS } from "./theme";

export type BarTargetDatum = { label: string; actual: number | null; target: number | null };

/** A short horizontal stroke drawn at the target value, as wide as a bar; nothing where there is no target. */
function TargetMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: BarTargetDatum }) {
  if (cx === undefined || cy === undefined || payload?.target == null) return null;
  return <line x1={cx - 22} x2={cx + 22} y1={cy} y2={cy} stroke={CHART_COLORS.target} strokeWidth={3} />;
}

/**
 * A bar's label, wrapped at the width of its bar's band (the axis's width over the number of bars),
 * so that narrow bars on a phone put "Nhóm 1" on two lines instead of running into the next label.
 */
function BandTick({ x, y, width, visibleTicksCount, payload, fill, fontSize, className }: {
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
    <Text x={x} y={y} width={Math.max(band - 4, 0)} textAnchor="middle" verticalAnchor="start" fill={fill} fontSize={fontSize} className={className}>
      {payload?.value ?? ""}
    </Text>
  );
}

export function BarTargetChart({ data, actualLabel, targetLabel, formatValue, table, showDataLabel, height, fontSize }: {
  data: BarTargetDatum[];
  actualLabel: string;
  targetLabel: string;
  formatValue: (value: number) => string;
  table: DataTable;
  showDataLabel: string;
  height?: number;
  fontSize?: number;
}) {
  const tick = fontSize ? { ...AXIS_TICK, fontSize } : AXIS_TICK;
  const values = data.flatMap((d) => [d.actual, d.target]).filter((v): v is number => v !== null);
  const top = Math.max(100, Math.ceil(Math.max(0, ...values) / 5) * 5);
  return (
    <ChartFrame table={table} showDataLabel={showDataLabel} height={height}>
      <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={<BandTick {...tick} />} interval={0} height={Math.ceil(tick.fontSize * 2.5) + 8} />
        <YAxis domain={[0, top]} tick={tick} tickFormatter={formatValue} width={fontSize ? fontSize * 5.5 : 64} />
        <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} />
        <Legend wrapperStyle={fontSize ? { fontSize } : undefined} />
        <Bar dataKey="actual" name={actualLabel} fill={CHART_COLORS.actual} radius={[3, 3, 0, 0]} maxBarSize={56} isAnimationActive={false} />
        <Scatter dataKey="target" name={targetLabel} fill={CHART_COLORS.target} shape={<TargetMark />} />
      </ComposedChart>
    </ChartFrame>
  );
}
