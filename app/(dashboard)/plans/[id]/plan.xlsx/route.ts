// GET /plans/<id>/plan.xlsx?unit=<code>&month=YYYY-MM[&part=trend|groups][&sort=gap|points]: the plan's
// leader view for the unit and month as a workbook (or one chart's figures), for a plan and unit the
// user may see (checked here, on the server, as the page checks them).
import { getI18n } from "@/lib/i18n/server";
import { buildPlanFile } from "@/lib/plans/plan-file";
import { downloadUser, notFoundResponse, textResponse, workbookResponse } from "@/lib/reports/file/download-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await downloadUser(request, "coverage:read");
  if (user instanceof Response) return user;
  const [{ id }, { locale, t }] = await Promise.all([params, getI18n()]);
  const file = await buildPlanFile(user, id, new URL(request.url).searchParams, locale, t);
  if (file.kind === "notFound") return notFoundResponse();
  if (file.kind === "invalid") return textResponse(400, file.message);
  return workbookResponse(file.fileName, file.bytes);
}
