// Where a unit sits in the tree: its ancestors (each a link when the reader may open it) and the
// unit itself. The caller says where an ancestor's link goes (its dashboard, its plan progress) and
// may give the link component (the dashboard's keeps the ranking's options from the URL).
import Link from "next/link";
import type { ComponentType, ReactNode } from "react";

import { Entered } from "@/components/ui/entered";
import type { BreadcrumbUnit } from "@/lib/queries/units";

export function UnitBreadcrumb({
  ancestors,
  current,
  hrefOf,
  label,
  LinkAs = Link,
}: {
  ancestors: BreadcrumbUnit[];
  current: { name: string };
  hrefOf: (unitCode: string) => string;
  label: string;
  LinkAs?: ComponentType<{ href: string; className?: string; children?: ReactNode }>;
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-500">
        {ancestors.map((unit) => (
          <li key={unit.id} className="flex items-center gap-1">
            {unit.accessible ? (
              <LinkAs href={hrefOf(unit.code)} className="text-brand-700 hover:underline">
                <Entered kind="unit">{unit.name}</Entered>
              </LinkAs>
            ) : (
              <Entered kind="unit">{unit.name}</Entered>
            )}
            <span aria-hidden>›</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-700">
          <Entered kind="unit">{current.name}</Entered>
        </li>
      </ol>
    </nav>
  );
}
