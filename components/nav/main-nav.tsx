"use client";

// The role's destinations (lib/auth/navigation.ts) as links, the current one marked for screen
// readers (aria-current) and by sight: a row under the header from 768 px, a bar at the bottom of
// the screen below it, where the thumb reaches, whose "more" holds the rest, the administration
// pages and the account. The layout hides each where the other shows, so one is read at a time.
import Link from "next/link";
import { usePathname } from "next/navigation";

import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import {
  BOTTOM_BAR_SIZE,
  currentDestination,
  type AdminDestinationKey,
  type Destination,
  type DestinationKey,
  type MainDestinationKey,
} from "@/lib/auth/navigation";

import { NavIcon } from "./nav-icon";

export type NavItem<Key extends DestinationKey = DestinationKey> = Destination<Key> & { label: string };

function useCurrent(items: readonly NavItem[]): DestinationKey | null {
  return currentDestination(usePathname(), items);
}

/** The main destinations in a row under the header (768 px and wider). */
export function HeaderNav({ label, items }: { label: string; items: NavItem<MainDestinationKey>[] }) {
  const current = useCurrent(items);
  return (
    <nav aria-label={label} className="no-print hidden border-t border-white/10 md:block">
      <ul className="mx-auto flex max-w-7xl gap-1 px-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
              className="-mb-px inline-flex min-h-11 items-center border-b-4 border-transparent px-3 text-sm font-medium text-brand-100 hover:border-white/40 hover:text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-white aria-[current=page]:border-white aria-[current=page]:font-semibold aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Links in a menu (the user menu, "more"), the current one marked by a bar at its side. */
export function DestinationList({ items, labelledBy }: { items: NavItem[]; labelledBy?: string }) {
  const current = useCurrent(items);
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            aria-current={item.key === current ? "page" : undefined}
            className="flex min-h-11 items-center rounded border-l-4 border-transparent px-3 text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A titled group of links in a menu (the administration pages); nothing when it is empty. */
export function DestinationGroup({ id, heading, items }: { id: string; heading: string; items: NavItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="border-t border-slate-100 py-1 first:border-t-0">
      <p id={id} className="px-3 py-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {heading}
      </p>
      <DestinationList items={items} labelledBy={id} />
    </div>
  );
}

const BAR_ITEM =
  "flex h-16 w-full cursor-pointer list-none flex-col items-center justify-center gap-0.5 border-t-4 px-1 text-center text-[0.6875rem] font-medium leading-tight text-slate-600 hover:text-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600";
const MARKED = "border-brand-600 font-semibold text-brand-700";

/**
 * The bottom bar of a phone (below 768 px): the first main destinations, then "more" with the
 * others, the administration pages and `account` (who is signed in, password, sign-out).
 */
export function BottomNav({
  label,
  moreLabel,
  adminLabel,
  items,
  admin,
  children: account,
}: {
  label: string;
  moreLabel: string;
  adminLabel: string;
  items: NavItem<MainDestinationKey>[];
  admin: NavItem<AdminDestinationKey>[];
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const current = currentDestination(pathname, [...items, ...admin]);
  const bar = items.slice(0, BOTTOM_BAR_SIZE);
  const rest = items.slice(BOTTOM_BAR_SIZE);
  const moreMarked = current === null ? pathname.startsWith("/account") : !bar.some((item) => item.key === current);
  return (
    <nav
      aria-label={label}
      className="no-print fixed inset-x-0 bottom-0 z-30 h-(--bottom-nav-height) bg-white shadow-[0_-1px_0_#e2e8f0,0_-2px_8px_rgba(15,47,94,0.08)] md:hidden"
    >
      <ul className="flex">
        {bar.map((item) => (
          <li key={item.key} className="min-w-0 flex-1">
            <Link
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
              className={`${BAR_ITEM} ${item.key === current ? MARKED : "border-transparent"}`}
            >
              <NavIcon name={item.key} />
              {item.label}
            </Link>
          </li>
        ))}
        <li className="min-w-0 flex-1">
          <DisclosureMenu>
            <summary className={`${BAR_ITEM} ${moreMarked ? MARKED : "border-transparent"}`}>
              <NavIcon name="more" />
              {moreLabel}
            </summary>
            <div className="absolute inset-x-0 bottom-full max-h-[calc(100dvh-8rem)] overflow-y-auto border-t border-slate-200 bg-white p-2 shadow-lg">
              {rest.length > 0 && (
                <div className="pb-1">
                  <DestinationList items={rest} />
                </div>
              )}
              <DestinationGroup id="more-admin" heading={adminLabel} items={admin} />
              <div className="border-t border-slate-100 pt-1 first:border-t-0">{account}</div>
            </div>
          </DisclosureMenu>
        </li>
      </ul>
    </nav>
  );
}
