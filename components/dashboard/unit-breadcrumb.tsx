import Link from "next/link";
import type { Month } from "@/lib/period";
import type { BreadcrumbUnit } from "@/lib/dashboard/accessible-ancestors";
import type { UnitRef } from "@/lib/queries/units";
import { coverageHref } from "@/lib/routes";

export function UnitBreadcrumb({ ancestors, current, month, params = {} }: {
  ancestors: BreadcrumbUnit[];
  current: UnitRef;
  month: Month;
  /** Query parameters every link keeps (e.g. the structure view). */
  params?: Record<string, string>;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-500">
        {ancestors.map((unit) => (
          <li key={unit.id} className="flex items-center gap-1">
            {unit.accessible ? (
              <Link href={coverageHref(unit.code, month, params)} className="text-brand-700 hover:underline">
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
