// Which unit and month a dashboard request shows, for the signed-in user. Resolved once per request
// (the page and its metadata share it). Without a month in the URL, the month the dashboard opens
// on (./opening-month.ts): the last month once complete or past its deadline, else the one before.
// The unit itself comes from the one resolver (lib/queries/resolve-unit-in-month.ts): a unit
// outside the user's scope is answered with 404, the same answer as a unit that does not exist, so
// the response reveals nothing about it. In today's structure (./structure-view.ts) the code names
// the unit valid today, and scope is judged today.
import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { Month } from "@/lib/period";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth, type ResolvedUnit, type UnitPeriod } from "@/lib/queries/resolve-unit-in-month";
import { monthAsked, monthWithin } from "@/lib/validation/period";

import { getOpeningMonth } from "./opening-month";
import type { StructureView } from "./structure-view";

type Range = { first: Month; last: Month };

export type DashboardTarget =
  | { kind: "noData"; user: SessionUser }
  | { kind: "notInMonth"; user: SessionUser; code: string; month: Month; periods: UnitPeriod[]; range: Range }
  | {
      kind: "unit";
      user: SessionUser;
      unit: ResolvedUnit;
      month: Month;
      range: Range;
      /** Today's month when viewing in today's structure; null for the structure of each month. */
      structureMonth: Month | null;
    };

export const resolveDashboardUnit = cache(
  async (
    code: string,
    requestedMonth: string | undefined,
    view: StructureView = "month",
    basis: CountingBasis = "submitted",
  ): Promise<DashboardTarget> => {
    const [user, range] = await Promise.all([requirePermission("coverage:read"), getReportedMonths()]);
    if (!range) return { kind: "noData", user };
    const month =
      monthAsked(requestedMonth, range) ??
      monthWithin(undefined, range, await getOpeningMonth({ code, user, view, basis }));
    const found = await resolveUnitInMonth(user, { unit: { code }, month, view });
    if (found.kind === "notFound") notFound();
    return { ...found, user, range };
  },
);
