// Colours and sizes shared by every chart.
export const CHART_COLORS = {
  actual: "#1d5fbf",
  target: "#b91c1c",
  grid: "#e2e8f0",
  axis: "#475569",
  marker: "#64748b",
  projection: "#6d28d9",
} as const;

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 12 } as const;
