// The import reads its file once for the preview and takes the same reading for the import itself,
// but only for the very same bytes under the same name.
import { describe, expect, it } from "vitest";

import { fileDigest } from "@/lib/reports/import/preview-token";
import { readReportFileOnce } from "@/lib/reports/import/read-file-once";

import { vietnameseHeader, xlsxBytes } from "../helpers/report-files";

const header = vietnameseHeader(1);
const row = (population: number) => ["00004", "Phường Ba Đình", "2026-10", population, null, null, 90, 100, 2, 3];

async function read(bytes: Uint8Array, name = "bao-cao.xlsx") {
  return readReportFileOnce(bytes, name, fileDigest(bytes));
}

describe("reading an import file once for its preview and its import", () => {
  it("gives the preview's reading back for the same bytes and name", async () => {
    const bytes = await xlsxBytes(header, [row(16984)]);
    const first = await read(bytes);
    expect(first.ok && first.file.rows[0]!.cells.population).toBe(16984);
    expect(await read(new Uint8Array(bytes))).toBe(first);
  });

  it("reads other bytes, or the same bytes under another name, anew", async () => {
    const bytes = await xlsxBytes(header, [row(16984)]);
    const first = await read(bytes);
    const changed = await read(await xlsxBytes(header, [row(16990)]));
    expect(changed).not.toBe(first);
    expect(changed.ok && changed.file.rows[0]!.cells.population).toBe(16990);
    const renamed = await read(bytes, "bao-cao.csv");
    expect(renamed).not.toBe(first);
    expect(renamed.ok).toBe(false);
  });

  it("keeps only the last few files", async () => {
    const bytes = await xlsxBytes(header, [row(1000)]);
    const first = await read(bytes);
    for (let i = 0; i < 5; i++) await read(await xlsxBytes(header, [row(2000 + i)]));
    expect(await read(bytes)).not.toBe(first);
  });
});
