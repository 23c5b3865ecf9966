// An import reads its file twice: for the preview, then again when the person confirms it, inside the
// import's transaction. Reading a 10,000-row workbook takes about a second, and the same bytes always
// read the same way, so the last few files read are kept by their bytes' digest and file name; the
// import sends the whole file again, and only a file with the very same bytes is taken from here.
// The check against the database is never kept: it runs again inside the transaction.
import { readReportFile, type ReadResult } from "../file/read-report-file";

/** Files kept: a preview and its import follow each other, and a few people may import at once. */
const KEPT = 4;

const recent = new Map<string, ReadResult>();

export async function readReportFileOnce(bytes: Uint8Array, fileName: string, digest: string): Promise<ReadResult> {
  const key = `${digest}\u0000${fileName}`;
  const kept = recent.get(key);
  if (kept) {
    // Most recently used last, so that the oldest is the first dropped.
    recent.delete(key);
    recent.set(key, kept);
    return kept;
  }
  const read = await readReportFile(bytes, fileName);
  recent.set(key, read);
  while (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  return read;
}
