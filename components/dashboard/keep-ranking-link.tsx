"use client";

// A link from the dashboard to another of its pages (month, structure view, counting basis, an
// ancestor) that keeps the ranking's options as they are in the URL now: the ranking changes them
// in the browser after the page was rendered (./ranking-table.tsx), and the colouring of the
// national tile map (./province-tile-map.tsx), changed the same way.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ComponentProps } from "react";

import { MAP_PARAM, mapColouringFrom, replaceMapParam } from "@/lib/dashboard/map-options";
import { rankingOptionsFrom, replaceRankingParams } from "@/lib/dashboard/ranking-options";

/** `href` with the ranking's parameters of the current URL, and the map's colouring; `search: false` for another unit, whose children differ. */
export function useRankingHref(): (href: string, options?: { search?: boolean }) => string {
  const current = useSearchParams();
  const ranking = rankingOptionsFrom(Object.fromEntries(current));
  const colouring = mapColouringFrom(current.get(MAP_PARAM));
  return (href, { search = true } = {}) => {
    const [path, query = ""] = href.split("?");
    const kept = replaceMapParam(replaceRankingParams(query, ranking, { search }), colouring);
    return kept ? `${path}?${kept}` : path!;
  };
}

export function KeepRankingLink({
  href,
  search = true,
  ...props
}: Omit<ComponentProps<typeof Link>, "href"> & { href: string; search?: boolean }) {
  const withRanking = useRankingHref();
  return <Link href={withRanking(href, { search })} {...props} />;
}

/** A link to another unit's dashboard: the ranking's options but not its search. */
export function KeepRankingLinkToUnit(props: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  return <KeepRankingLink {...props} search={false} />;
}
