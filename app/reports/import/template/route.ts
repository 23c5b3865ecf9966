// GET /reports/import/template?month=YYYY-MM&unit=<code>: the import template for the base units of a
// unit in the user's scope (by default the user's own unit) valid in the month, a month open for entry.
// The code is read in that month (lib/reports/unit-param.ts); an old link by id is redirected to the code.
import { getI18n, getLocale } from "@/lib/i18n/server";
import { isMonth } from "@/lib/period";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import {
  downloadUser,
  notFoundResponse,
  redirectResponse,
  textResponse,
  workbookResponse,
} from "@/lib/reports/file/download-response";
import { buildImportTemplate } from "@/lib/reports/import/build-template";
import { latestOpenMonth } from "@/lib/reports/report-month";
import { resolveUnitParam } from "@/lib/reports/unit-param";
import { reportTemplateHref } from "@/lib/routes";

export async function GET(request: Request): Promise<Response> {
  const user = await downloadUser(request, "report:import");
  if (user instanceof Response) return user;
  const query = new URL(request.url).searchParams;
  const month = query.get("month") ?? "";
  if (!isMonth(month) || month > latestOpenMonth(await getReportingRules()))
    return textResponse(400, (await getI18n()).t.reports.import.templateMonthInvalid);
  const unit = await resolveUnitParam(user, query.get("unit"), month);
  if (unit.kind === "moved") return redirectResponse(request, reportTemplateHref(unit.code, month));
  if (unit.kind === "notFound") return notFoundResponse();
  const { fileName, bytes } = await buildImportTemplate(user, unit.unit, month, await getLocale());
  return workbookResponse(fileName, bytes);
}
