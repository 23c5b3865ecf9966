import { Skeleton, WidgetSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-16 w-2/3" />
      <Skeleton className="h-32 w-full" />
      <div className="grid grid-cols-1 gap-5 xl:grid-cols-2">
        <WidgetSkeleton />
        <WidgetSkeleton />
      </div>
    </div>
  );
}
