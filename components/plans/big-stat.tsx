/** A headline figure for the leader view: large enough to read on a projector and on paper. */
export function BigStat({
  label,
  value,
  hint,
  valueClassName = "text-slate-900",
  testId,
}: {
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  valueClassName?: string;
  testId?: string;
}) {
  return (
    <div
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:shadow-none"
      data-testid={testId}
    >
      <p className="text-base font-medium text-slate-600">{label}</p>
      <p className={`mt-1 text-3xl font-semibold tabular-nums lg:text-4xl ${valueClassName}`}>{value}</p>
      {hint && <div className="mt-1 text-sm text-slate-600">{hint}</div>}
    </div>
  );
}
