// GET /coverage/<code>/compare.xlsx?from=YYYY-MM&to=YYYY-MM&…: the comparison view's figures with the
// same parameters (view, counting basis), for a unit in the user's scope in both months (checked
// here, on the server), with the dashboard's permission.
import { buildCompareFile } from "@/lib/dashboard/compare-file";
import { getI18n } from "@/lib/i18n/server";
import { downloadUser, notFoundResponse, textResponse, workbookResponse } from "@/lib/reports/file/download-response";

export async function GET(request: Request, { params }: { params: Promise<{ unitCode: string }> }): Promise<Response> {
  const user = await downloadUser(request, "coverage:read");
  if (user instanceof Response) return user;
  const [{ unitCode }, { locale, t }] = await Promise.all([params, getI18n()]);
  const file = await buildCompareFile(user, decodeURIComponent(unitCode), new URL(request.url).searchParams, locale, t);
  if (file.kind === "notFound") return notFoundResponse();
  if (file.kind === "invalid") return textResponse(400, file.message);
  return workbookResponse(file.fileName, file.bytes);
}
