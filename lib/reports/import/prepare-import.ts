// Reads and checks an import file against the database, for the preview and again, inside the
// transaction, for the import itself: the same steps, so that both see the file the same way. The
// months are checked first: a file of more than MAX_IMPORT_MONTHS months is refused before any
// query, and only valid months are looked up.
import "server-only";

import { currentMonth } from "@/lib/clock";
import type { DbClient } from "@/lib/db-client";
import type { ScopedUser } from "@/lib/permissions/scope";

import { readUnitCode } from "../file/cells";
import type { FileProblem, ReportFile } from "../file/read-report-file";
import { checkImport, type ImportCheck } from "./check-import";
import { MAX_IMPORT_MONTHS, readRowMonth } from "./import-months";
import { loadImportContext } from "./load-import-context";
import { fileDigest, previewToken } from "./preview-token";
import { readReportFileOnce } from "./read-file-once";

export type PreparedImport = {
  fileName: string;
  file: ReportFile | null;
  check: ImportCheck;
  /** The fingerprint the import must find again; null when the file cannot be imported. */
  token: string | null;
};

export async function prepareImport(
  client: DbClient,
  user: ScopedUser,
  upload: { name: string; bytes: Uint8Array },
  now: Date,
): Promise<PreparedImport> {
  const refused = (file: ReportFile | null, problems: FileProblem[]): PreparedImport => ({
    fileName: upload.name,
    file,
    check: { problems, issues: [], plans: [], blankRows: 0 },
    token: null,
  });
  const digest = fileDigest(upload.bytes);
  const read = await readReportFileOnce(upload.bytes, upload.name, digest);
  if (!read.ok) return refused(null, read.problems);
  // Months after the current one are never looked up; whether a month is open for entry is checked on
  // each row against the reporting rules, once the file has passed the cap (checkImport).
  const current = currentMonth(now);
  const rows = read.file.rows.map((row) => {
    const month = readRowMonth(row.cells.month ?? null, current);
    return { code: readUnitCode(row.cells.unitCode ?? null), month: month.ok ? month.month : null };
  });
  const months = new Set(rows.flatMap(({ month }) => (month ? [month] : [])));
  if (months.size > MAX_IMPORT_MONTHS)
    return refused(read.file, [{ code: "tooManyMonths", params: { count: months.size, max: MAX_IMPORT_MONTHS } }]);
  const keys = rows.flatMap(({ code, month }) => (code ? [{ code, month }] : []));
  const context = await loadImportContext(client, user, keys, now);
  const check = checkImport(read.file, context);
  const importable = check.problems.length === 0 && check.issues.length === 0;
  return {
    fileName: upload.name,
    file: read.file,
    check,
    token: importable ? previewToken(digest, check.plans) : null,
  };
}
