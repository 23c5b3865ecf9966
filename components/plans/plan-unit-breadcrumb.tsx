// Where the unit viewed sits within a plan's scope: its ancestors from the plan's scope unit down,
// each a link to its own progress against the plan when the reader may open it.
import Link from "next/link";
import type { BreadcrumbUnit } from "@/lib/dashboard/accessible-ancestors";
import type { Month } from "@/lib/period";
import { planHref } from "@/lib/routes";

export function PlanUnitBreadcrumb({ planId, ancestors, current, month, label }: {
  planId: number;
  ancestors: BreadcrumbUnit[];
  current: { name: string };
  month: Month | null;
  label: string;
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-500">
        {ancestors.map((unit) => (
          <li key={unit.id} className="flex items-center gap-1">
            {unit.accessible ? (
              <Link href={planHref(planId, month ? { unit: unit.code, month } : { unit: unit.code })} className="text-brand-700 hover:underline">
                {unit.name}
              </Link>
            ) : (
              <span>{unit.name}</span>
            )}
            <span aria-hidden>›</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-700">
          {current.name}
        </li>
      </ol>
    </nav>
  );
}
