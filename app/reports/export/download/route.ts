// GET /reports/export/download?unit=<id>&from=YYYY-MM&to=YYYY-MM: the export workbook of a unit in
// the user's scope (checked here, on the server, whatever the export page showed).
import { now } from "@/lib/clock";
import { getI18n, getLocale } from "@/lib/i18n/server";
import { buildReportExport } from "@/lib/reports/export/build-export";
import { describeExportProblem } from "@/lib/reports/export/describe-export-problem";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { downloadUser, notFoundResponse, textResponse, workbookResponse } from "@/lib/reports/file/download-response";

export async function GET(request: Request): Promise<Response> {
  const user = await downloadUser(request, "report:export");
  if (user instanceof Response) return user;
  const query = new URL(request.url).searchParams;
  const plan = await prepareExport(
    user,
    { unitId: Number(query.get("unit")), from: query.get("from") ?? "", to: query.get("to") ?? "" },
    now(),
  );
  if (plan.kind === "notFound") return notFoundResponse();
  if (plan.kind === "invalid") {
    const { locale, t } = await getI18n();
    return textResponse(400, describeExportProblem(plan.problem, t, locale));
  }
  const { fileName, bytes } = await buildReportExport(user, plan, await getLocale());
  return workbookResponse(fileName, bytes);
}
