// The icons of the phone's bottom bar, drawn inline (no icon font or package): one per main
// destination, and "more".
import type { MainDestinationKey } from "@/lib/auth/navigation";

const PATHS: Record<MainDestinationKey | "more", string> = {
  dashboard: "M3 21h18M6 17v-5M11 17V6M16 17v-8M21 17v-3",
  report: "M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6",
  review: "M9 3h6v3H9zM8 4.5H5V21h14V4.5h-3M8.5 14l2.5 2.5 4.5-5",
  plans: "M5 21V4M5 4h12l-2.5 4 2.5 4H5",
  import: "M12 3v11M7.5 9.5 12 14l4.5-4.5M4 16v4h16v-4",
  export: "M12 14V3M7.5 7.5 12 3l4.5 4.5M4 16v4h16v-4",
  more: "M4 7h16M4 12h16M4 17h16",
};

export function NavIcon({ name }: { name: MainDestinationKey | "more" }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="h-6 w-6 shrink-0"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
