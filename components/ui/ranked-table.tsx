// The one table of ranked units, for the dashboard's ranking of child units and the plan view's:
// the rank first ("–" for a unit without one), then the columns the caller configures. A row
// without a rank (a unit that has not reported) may show one cell over the figure columns instead
// of their empty cells ("chưa báo cáo"). No state and no hooks: it renders on the server (the plan
// view) and in the browser (the dashboard's filters) alike.
import type { ReactNode } from "react";

import type { Ranked } from "@/lib/coverage/ranking";

export type RankedColumn<Row> = {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  /** Header classes beyond the default, e.g. a long heading that may wrap. */
  headerClassName?: string;
  /** The heading's hint (its `title`). */
  hint?: string;
  headerTestId?: string;
  /** The cell of a row; `rank` is null for a unit without one. */
  cell: (row: Row, rank: number | null) => ReactNode;
  cellClassName?: string | ((row: Row) => string);
  testId?: string;
  /** A figure column: a row without a rank shows `unranked` over the figure columns (they must follow each other). */
  figure?: boolean;
};

/** Compact: the dashboard's many columns in small type; comfortable: the plan view's report, read aloud in meetings. */
type Size = "compact" | "comfortable";

const PADDING: Record<Size, string> = { compact: "px-2", comfortable: "px-3" };

export function RankedTable<Row>({
  rows,
  columns,
  rowKey,
  rankLabel,
  unranked,
  empty,
  size = "compact",
  testId,
}: {
  rows: readonly Ranked<Row>[];
  columns: readonly RankedColumn<Row>[];
  rowKey: (row: Row) => string | number;
  rankLabel: string;
  /** What a row without a rank shows over the figure columns (with its test id); without it, each cell as usual. */
  unranked?: { cell: (row: Row) => ReactNode; testId?: string };
  /** The sentence of a table whose rows are all filtered out. */
  empty?: ReactNode;
  size?: Size;
  testId?: string;
}) {
  const px = PADDING[size];
  const figures = columns.filter((column) => column.figure).length;
  const cells = (row: Row, rank: number | null) =>
    columns.map((column) => {
      if (column.figure && rank === null && unranked) {
        if (column !== columns.find((c) => c.figure)) return null;
        return (
          <td
            key={column.key}
            colSpan={figures}
            className={`${px} py-1.5 text-center italic text-slate-600`}
            data-testid={unranked.testId}
          >
            {unranked.cell(row)}
          </td>
        );
      }
      const extra = typeof column.cellClassName === "function" ? column.cellClassName(row) : column.cellClassName;
      return (
        <td
          key={column.key}
          className={`${px} py-1.5 ${column.numeric ? "text-right tabular-nums" : ""} ${extra ?? ""}`}
          data-testid={column.testId}
        >
          {column.cell(row, rank)}
        </td>
      );
    });

  return (
    <div className="overflow-x-auto">
      <table className={`min-w-full ${size === "compact" ? "text-sm" : "text-base"}`} data-testid={testId}>
        <thead className="whitespace-nowrap border-b text-left align-bottom text-sm text-slate-600">
          <tr>
            <th scope="col" className={`${px} py-2 font-medium`}>
              {rankLabel}
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                title={column.hint}
                className={`${px} py-2 font-medium ${column.numeric ? "text-right" : ""} ${column.headerClassName ?? ""}`}
                data-testid={column.headerTestId}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty && (
            <tr>
              {/* Left on a phone: centred over a table wider than the screen, it would be out of sight. */}
              <td colSpan={columns.length + 1} className={`${px} py-4 text-left text-slate-600 md:text-center`}>
                {empty}
              </td>
            </tr>
          )}
          {rows.map(({ row, rank }) => (
            <tr
              key={rowKey(row)}
              className={`break-inside-avoid border-b border-slate-100 hover:bg-brand-50/60 ${rank === null ? "bg-slate-50/70" : ""}`}
            >
              <td className={`${px} py-1.5 tabular-nums text-slate-600`}>{rank ?? "–"}</td>
              {cells(row, rank)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
