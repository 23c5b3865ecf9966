"use client";

// A monthly series with an optional target line, an optional projection line and an optional
// vertical marker (an event).
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Text,
  Tooltip,
  usePlotArea,
  XAxis,
  YAxis,
} from "recharts";

import type { ChartDownload } from "./chart-download-menu";
import { ChartFrame, type DataTable } from "./chart-frame";
import { AXIS_TICK, CHART_COLORS } from "./theme";

export type TrendDatum = { label: string; value: number | null; target: number | null; projection?: number | null };

/**
 * The marker's name at the top of its line, on the side of the line with more room, wrapped to
 * that room: on a phone it is never cut at the plot's edge or drawn over the axis.
 */
function MarkerLabel({ text, viewBox }: { text: string; viewBox?: { x?: number } }) {
  const plot = usePlotArea();
  if (!plot || viewBox?.x === undefined) return null;
  const gap = 4;
  const right = plot.x + plot.width - viewBox.x - gap;
  const left = viewBox.x - plot.x - gap;
  const toRight = right >= left;
  return (
    <Text
      x={toRight ? viewBox.x + gap : viewBox.x - gap}
      y={plot.y + gap}
      width={Math.max(toRight ? right : left, 0)}
      textAnchor={toRight ? "start" : "end"}
      verticalAnchor="start"
      fill={CHART_COLORS.axis}
      fontSize={12}
    >
      {text}
    </Text>
  );
}

export function TrendChart({
  data,
  valueLabel,
  targetLabel,
  projectionLabel,
  formatValue,
  marker,
  table,
  showDataLabel,
  download,
  height,
  fontSize,
}: {
  data: TrendDatum[];
  valueLabel: string;
  targetLabel: string;
  /** Draws the data's `projection` values as a dotted line, under this name. */
  projectionLabel?: string;
  formatValue: (value: number) => string;
  marker?: { label: string; at: string };
  table: DataTable;
  showDataLabel: string;
  download?: ChartDownload;
  height?: number;
  fontSize?: number;
}) {
  const tick = fontSize ? { ...AXIS_TICK, fontSize } : AXIS_TICK;
  const values = data.flatMap((d) => [d.value, d.target, d.projection ?? null]).filter((v): v is number => v !== null);
  const low = values.length ? Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5) : 0;
  const high = values.length ? Math.min(Math.max(100, Math.ceil(Math.max(...values))), 110) : 100;
  return (
    <ChartFrame table={table} showDataLabel={showDataLabel} height={height} download={download}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={tick} minTickGap={24} />
        <YAxis domain={[low, high]} tick={tick} tickFormatter={formatValue} width={fontSize ? fontSize * 5.5 : 64} />
        <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))} />
        <Legend wrapperStyle={fontSize ? { fontSize } : undefined} />
        {marker && (
          <ReferenceLine
            x={marker.at}
            stroke={CHART_COLORS.marker}
            strokeDasharray="4 4"
            label={<MarkerLabel text={marker.label} />}
          />
        )}
        <Line
          type="monotone"
          dataKey="value"
          name={valueLabel}
          stroke={CHART_COLORS.actual}
          strokeWidth={2}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          name={targetLabel}
          stroke={CHART_COLORS.target}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
        {projectionLabel && (
          <Line
            type="linear"
            dataKey="projection"
            name={projectionLabel}
            stroke={CHART_COLORS.projection}
            strokeWidth={2}
            strokeDasharray="2 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ChartFrame>
  );
}
