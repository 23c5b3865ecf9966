/** Placeholder shown while a widget's data loads. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-md bg-slate-200 ${className}`} />;
}

export function WidgetSkeleton({ height = "h-72" }: { height?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" role="status" aria-busy="true">
      <Skeleton className="h-5 w-48" />
      <Skeleton className={`mt-4 w-full ${height}`} />
    </div>
  );
}
