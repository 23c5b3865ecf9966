export function StatCard({
  label,
  value,
  hint,
  valueClassName = "",
  testId,
  badge,
}: {
  label: string;
  value: string;
  hint?: React.ReactNode;
  valueClassName?: string;
  testId?: string;
  /** A short mark beside the label, with its explanation (e.g. "Tạm thời" while reports are missing). */
  badge?: { text: string; title: string };
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <p className={`mt-1 text-2xl font-semibold tabular-nums sm:text-3xl ${valueClassName}`}>{value}</p>
      {badge && (
        <div className="mt-1">
          <ProvisionalMark text={badge.text} title={badge.title} />
        </div>
      )}
      {hint && <div className="mt-1 text-xs text-slate-500">{hint}</div>}
    </div>
  );
}

/** The amber "tạm thời" mark of a figure that will change as missing reports arrive. */
export function ProvisionalMark({ text, title, testId }: { text: string; title: string; testId?: string }) {
  return (
    <span
      title={title}
      data-testid={testId}
      className="inline-flex whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/30"
    >
      {text}
    </span>
  );
}
