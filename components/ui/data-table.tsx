// Data tables: the header row (one place for column headings and their alignment) and the shell
// with its empty state.
/** A column's heading; `className` for a column shown only at some widths (e.g. "hidden sm:table-cell"). */
export type Column = { label: string; numeric?: boolean; className?: string };

export function TableHead({
  columns,
  className = "bg-slate-50 text-left text-slate-600",
}: {
  columns: Column[];
  className?: string;
}) {
  return (
    <thead className={className}>
      <tr>
        {columns.map(({ label, numeric, className }) => (
          <th
            key={label}
            scope="col"
            className={`px-3 py-2 font-medium ${numeric ? "text-right" : ""} ${className ?? ""}`}
          >
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A bordered, horizontally scrolling table of rows under a header, or a sentence when there are
 * none. The scrolling box takes the focus, so that a table wider than a phone scrolls with the
 * arrow keys even when it holds no link or button.
 */
export function DataTable({
  columns,
  empty,
  emptyText,
  children,
}: {
  columns: Column[];
  empty: boolean;
  emptyText: string;
  children: React.ReactNode;
}) {
  if (empty) return <p className="text-sm text-slate-600">{emptyText}</p>;
  return (
    <div
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <table className="min-w-full text-sm">
        <TableHead columns={columns} />
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
