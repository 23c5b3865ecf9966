// URLs of the app's pages, built in one place. A unit is addressed by its GSO code plus a month,
// because codes are reused across reorganisations.
import type { StandingSort } from "./coverage/standing";
import type { Month, Quarter } from "./period";

/** The dashboard's charts whose figures can be downloaded. */
export const DASHBOARD_CHARTS = ["trend", "groups"] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

export function coverageHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}?${query}`;
}

/** The ranking of a unit's children as an .xlsx file, with the dashboard's parameters (view, basis, ranking). */
export function rankingFileHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/ranking.xlsx?${query}`;
}

/** The figures of one of the dashboard's charts as an .xlsx file, with the dashboard's parameters (view, basis). */
export function chartFileHref(
  unitCode: string,
  chart: DashboardChart,
  month: Month,
  params: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ chart, month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/chart.xlsx?${query}`;
}

/** The comparison view's figures as an .xlsx file, with its parameters (view, basis). */
export function compareFileHref(unitCode: string, from: Month, to: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from, to, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/compare.xlsx?${query}`;
}

/** The unit's monthly report as a PDF, with the dashboard's parameters (view, basis) or the plan view's (plan). */
export function monthlyReportHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/report.pdf?${query}`;
}

/** The unit's quarterly report as a PDF ("2026-Q3"), with the dashboard's parameters (view, basis). */
export function quarterlyReportHref(unitCode: string, quarter: Quarter, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ quarter, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/report.pdf?${query}`;
}

/** The entry form of a base unit's monthly report. */
export function reportHref(unitCode: string, month: Month): string {
  return `/reports/${encodeURIComponent(unitCode)}/${month}`;
}

/** A base unit's recent monthly reports. */
export function reportsHref(unitCode: string): string {
  return `/reports/${encodeURIComponent(unitCode)}`;
}

/**
 * The export page for a unit and a range of months. The unit is its code, read in the range's last
 * month (`to`): codes are reused across reorganisations (lib/reports/unit-param.ts).
 */
export function reportExportHref(unitCode: string, from: Month, to: Month): string {
  return `/reports/export?${new URLSearchParams({ unit: unitCode, from, to })}`;
}

/** The export workbook (an .xlsx download) of a unit, by code read in `to`, and a range of months. */
export function reportExportFileHref(unitCode: string, from: Month, to: Month): string {
  return `/reports/export/download?${new URLSearchParams({ unit: unitCode, from, to })}`;
}

/** The report import page, with the template preset to a unit (its code in `month`) and a month when given. */
export function reportImportHref(params: { unitCode?: string; month?: Month } = {}): string {
  const query = new URLSearchParams({
    ...(params.unitCode ? { unit: params.unitCode } : {}),
    ...(params.month ? { month: params.month } : {}),
  });
  return query.size > 0 ? `/reports/import?${query}` : "/reports/import";
}

/** The import template (an .xlsx download) of a unit's base units in a month; the unit is its code in that month. */
export function reportTemplateHref(unitCode: string, month: Month): string {
  return `/reports/import/template?${new URLSearchParams({ month, unit: unitCode })}`;
}

/** A plan's page (leader view), or one of its sub-pages ("edit", "allocate"), with query parameters. */
export function planHref(planId: number, params: Record<string, string> = {}, page?: "edit" | "allocate"): string {
  const query = new URLSearchParams(params).toString();
  return `/plans/${planId}${page ? `/${page}` : ""}${query ? `?${query}` : ""}`;
}

/** The parts of a plan's workbook: each chart's figures alone, or (no part) the whole leader view. */
export const PLAN_FILE_PARTS = ["trend", "groups"] as const;
export type PlanFilePart = (typeof PLAN_FILE_PARTS)[number];

/**
 * A plan's leader view for a unit and month as an .xlsx file, its ranking in the page's order
 * (`sort`), or one chart's figures (`part`).
 */
export function planFileHref(
  planId: number,
  unitCode: string,
  month: Month,
  { part, sort }: { part?: PlanFilePart; sort?: StandingSort } = {},
): string {
  const query = new URLSearchParams({ unit: unitCode, month, ...(part ? { part } : {}), ...(sort ? { sort } : {}) });
  return `/plans/${planId}/plan.xlsx?${query}`;
}

/** The review page of a province or district: its communes' reports for a month. */
export function reviewHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/review/${encodeURIComponent(unitCode)}?${query}`;
}

/** The form of a new campaign (for a unit when given), or the edit page of a campaign. */
export function campaignHref(campaignId?: number, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${campaignId === undefined ? "/campaigns/new" : `/campaigns/${campaignId}/edit`}${query ? `?${query}` : ""}`;
}

/** Two months of a unit and its children side by side, with the dashboard's parameters (view, basis). */
export function compareHref(unitCode: string, from: Month, to: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from, to, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}/compare?${query}`;
}

/** The unit imports' page; `#boundaries`: its boundary import. */
export const UNIT_IMPORT_PATH = "/admin/units/import";
export const BOUNDARY_IMPORT_HREF = `${UNIT_IMPORT_PATH}#boundaries`;
