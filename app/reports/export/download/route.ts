// GET /reports/export/download?unit=<code>&from=YYYY-MM&to=YYYY-MM: the export workbook of a unit in
// the user's scope (checked here, on the server, whatever the export page showed). The code is read
// in the range's last month, `to` (lib/reports/unit-param.ts); an old link by id is redirected to
// the code.
import { now } from "@/lib/clock";
import { getI18n, getLocale } from "@/lib/i18n/server";
import { isMonth } from "@/lib/period";
import { buildReportExport } from "@/lib/reports/export/build-export";
import { describeExportProblem } from "@/lib/reports/export/describe-export-problem";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import {
  downloadUser,
  notFoundResponse,
  redirectResponse,
  textResponse,
  workbookResponse,
} from "@/lib/reports/file/download-response";
import { resolveUnitParam } from "@/lib/reports/unit-param";
import { reportExportFileHref } from "@/lib/routes";

export async function GET(request: Request): Promise<Response> {
  const user = await downloadUser(request, "report:export");
  if (user instanceof Response) return user;
  const query = new URL(request.url).searchParams;
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  if (!isMonth(from) || !isMonth(to)) return notFoundResponse();
  const unit = await resolveUnitParam(user, query.get("unit"), to);
  if (unit.kind === "moved") return redirectResponse(request, reportExportFileHref(unit.code, from, to));
  if (unit.kind === "notFound") return notFoundResponse();
  const plan = await prepareExport(user, { unit: { id: unit.unit.id }, from, to }, now());
  if (plan.kind === "notFound") return notFoundResponse();
  if (plan.kind === "invalid") {
    const { locale, t } = await getI18n();
    return textResponse(400, describeExportProblem(plan.problem, t, locale));
  }
  const { fileName, bytes } = await buildReportExport(user, plan, await getLocale());
  return workbookResponse(fileName, bytes);
}
