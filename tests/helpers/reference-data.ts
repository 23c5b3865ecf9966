// The national reference lists of administrative units in ../shared/data (never copied into the
// repository; REFERENCE_DATA_DIR points elsewhere). Tests that need them skip when they are absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const REFERENCE_DATA_DIR = process.env.REFERENCE_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data");
export const hasReferenceData = existsSync(path.join(REFERENCE_DATA_DIR, "units-2024.csv"));

export function referenceFile(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(REFERENCE_DATA_DIR, name)));
}

/** The rows of a reference CSV (no quoting in these files) as objects keyed by header. */
export function referenceRows(name: string): Record<string, string>[] {
  const [header, ...lines] = new TextDecoder().decode(referenceFile(name)).split("\n").filter(Boolean);
  const columns = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [columns[i]!, value])));
}
