// The header row of a data table: one place for the column headings' markup and alignment.
export type Column = { label: string; numeric?: boolean };

export function TableHead({ columns, className = "bg-slate-50 text-left text-slate-600" }: { columns: Column[]; className?: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map(({ label, numeric }) => (
          <th key={label} scope="col" className={`px-3 py-2 font-medium ${numeric ? "text-right" : ""}`}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
