// GET /coverage/<code>/ranking.xlsx?month=YYYY-MM&…: the ranking of the unit's children as the
// dashboard shows it with the same parameters (view, counting basis, sort, order, statuses,
// search), for a unit in the user's scope (checked here, on the server).
import { buildRankingFile } from "@/lib/dashboard/ranking-file";
import { getI18n } from "@/lib/i18n/server";
import { downloadUser, notFoundResponse, textResponse, workbookResponse } from "@/lib/reports/file/download-response";

export async function GET(request: Request, { params }: { params: Promise<{ unitCode: string }> }): Promise<Response> {
  const user = await downloadUser(request, "report:export");
  if (user instanceof Response) return user;
  const [{ unitCode }, { locale, t }] = await Promise.all([params, getI18n()]);
  const file = await buildRankingFile(user, decodeURIComponent(unitCode), new URL(request.url).searchParams, locale, t);
  if (file.kind === "notFound") return notFoundResponse();
  if (file.kind === "invalid") return textResponse(400, file.message);
  return workbookResponse(file.fileName, file.bytes);
}
