// Reads and checks an import file against the database, for the preview and again, inside the
// transaction, for the import itself: the same steps, so that both see the file the same way.
import "server-only";
import type { DbClient } from "@/lib/db-client";
import type { ScopedUser } from "@/lib/permissions/scope";
import { readMonth, readUnitCode } from "../file/cells";
import { type ReportFile, readReportFile } from "../file/read-report-file";
import { type ImportCheck, checkImport } from "./check-import";
import { loadImportContext } from "./load-import-context";
import { fileDigest, previewToken } from "./preview-token";

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
  const read = await readReportFile(upload.bytes, upload.name);
  if (!read.ok) {
    return { fileName: upload.name, file: null, check: { problems: read.problems, issues: [], plans: [], blankRows: 0 }, token: null };
  }
  const keys = read.file.rows.flatMap((row) => {
    const code = readUnitCode(row.cells.unitCode ?? null);
    return code ? [{ code, month: readMonth(row.cells.month ?? null) }] : [];
  });
  const context = await loadImportContext(client, user, keys, now);
  const check = checkImport(read.file, context);
  const importable = check.problems.length === 0 && check.issues.length === 0;
  return { fileName: upload.name, file: read.file, check, token: importable ? previewToken(fileDigest(upload.bytes), check.plans) : null };
}
