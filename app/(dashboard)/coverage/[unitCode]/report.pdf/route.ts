// GET /coverage/<code>/report.pdf?month=YYYY-MM&…: the unit's monthly report as a PDF, for the month,
// structure view and counting basis the dashboard shows, in the reader's language; for a unit in the
// user's scope (checked here, on the server), with the dashboard's permission.
import { now } from "@/lib/clock";
import { getI18n } from "@/lib/i18n/server";
import { buildMonthlyReportFile } from "@/lib/monthly-report/report-file";
import { downloadUser, notFoundResponse, pdfResponse, textResponse } from "@/lib/reports/file/download-response";

export async function GET(request: Request, { params }: { params: Promise<{ unitCode: string }> }): Promise<Response> {
  const user = await downloadUser(request, "coverage:read");
  if (user instanceof Response) return user;
  const [{ unitCode }, { locale, t }] = await Promise.all([params, getI18n()]);
  const file = await buildMonthlyReportFile({
    user,
    printedBy: `${user.name} (${user.username})`,
    printedAt: now(),
    unitCode: decodeURIComponent(unitCode),
    query: new URL(request.url).searchParams,
    locale,
    t,
  });
  if (file.kind === "notFound") return notFoundResponse();
  if (file.kind === "invalid") return textResponse(400, file.message);
  return pdfResponse(file.fileName, file.bytes);
}
