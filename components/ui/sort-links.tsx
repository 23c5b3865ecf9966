// Sorting by links: one link per order, the current one marked (aria-current) and filled. For a
// ranking sorted on the server (the plan view's); the dashboard's ranking sorts in the browser.
import Link from "next/link";

export function SortLinks<Sort extends string>({
  options,
  current,
  href,
  label,
}: {
  options: readonly { value: Sort; label: string }[];
  current: Sort;
  href: (sort: Sort) => string;
  /** The group's accessible name ("Sắp xếp theo"). */
  label: string;
}) {
  return (
    <div role="group" aria-label={label} className="no-print mb-2 flex flex-wrap gap-1 text-sm">
      {options.map((option) => (
        <Link
          key={option.value}
          href={href(option.value)}
          aria-current={current === option.value ? "true" : undefined}
          className={`rounded px-2 py-1 ${current === option.value ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
        >
          {option.label}
        </Link>
      ))}
    </div>
  );
}
