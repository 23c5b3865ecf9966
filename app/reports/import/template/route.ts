// GET /reports/import/template?month=YYYY-MM&unit=<id>: the import template for the base units of a
// unit in the user's scope (by default the user's own unit) valid in the month, a month open for entry.
import { getI18n, getLocale } from "@/lib/i18n/server";
import { isMonth } from "@/lib/period";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { findUnitInScope } from "@/lib/reports/export/prepare-export";
import { downloadUser, notFoundResponse, textResponse, workbookResponse } from "@/lib/reports/file/download-response";
import { buildImportTemplate } from "@/lib/reports/import/build-template";
import { latestOpenMonth } from "@/lib/reports/report-month";

export async function GET(request: Request): Promise<Response> {
  const user = await downloadUser(request, "report:import");
  if (user instanceof Response) return user;
  const query = new URL(request.url).searchParams;
  const month = query.get("month") ?? "";
  if (!isMonth(month) || month > latestOpenMonth(await getReportingRules()))
    return textResponse(400, (await getI18n()).t.reports.import.templateMonthInvalid);
  const unit = await findUnitInScope(user, query.has("unit") ? Number(query.get("unit")) : user.scopeUnitId, month);
  if (!unit) return notFoundResponse();
  const { fileName, bytes } = await buildImportTemplate(user, unit, month, await getLocale());
  return workbookResponse(fileName, bytes);
}
