// A rate computed live from the figures being typed, with last month's beside it.
export function RateLine({
  label,
  rate,
  previous,
  testId,
}: {
  label: string;
  rate: string;
  previous: string | null;
  testId: string;
}) {
  return (
    <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 border-t border-slate-100 pt-2 text-sm">
      <span className="text-slate-600">{label}</span>
      <span className="whitespace-nowrap">
        <strong data-testid={testId} className="text-base font-semibold tabular-nums text-slate-900">
          {rate}
        </strong>
        {previous && <span className="ml-2 text-xs text-slate-500">({previous})</span>}
      </span>
    </p>
  );
}
