// The PDF report's tables (components/report-pdf/pdf-table.tsx), rendered by react-pdf and read back
// with poppler's pdftotext: a table longer than a page repeats its header row on every page it runs
// on, its heading never ends a page alone, and no row is split between two pages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import { createElement as h } from "react";
import { afterAll, describe, expect, it } from "vitest";

import { PdfTable } from "@/components/report-pdf/pdf-table";
import { registerReportFont, REPORT_FONT } from "@/lib/monthly-report/report-font";

const folder = mkdtempSync(path.join(tmpdir(), "pdf-table-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function pagesOf(rowCount: number, before: number): Promise<string[]> {
  registerReportFont();
  const rows = Array.from({ length: rowCount }, (_, index) => [`Xã số ${index + 1}`, `${90 + (index % 10)},5%`]);
  const document = h(
    Document,
    null,
    h(
      Page,
      { size: "A4", style: { padding: 40, fontFamily: REPORT_FONT, fontSize: 9 } },
      // Filler that leaves the table's heading near the foot of the first page.
      h(View, { style: { height: before } }),
      h(PdfTable, {
        columns: [
          { label: "Đơn vị", width: 3 },
          { label: "Tỷ lệ bao phủ", width: 1, numeric: true },
        ],
        rows,
        lead: h(Text, { style: { fontSize: 12 } }, "Xếp hạng các đơn vị"),
      }),
    ),
  );
  const file = path.join(folder, `table-${rowCount}-${before}.pdf`);
  writeFileSync(file, await renderToBuffer(document));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text.split("\f").filter((page) => page.trim() !== "");
}

describe("a table in the PDF report", { timeout: 60_000 }, () => {
  it("repeats its header row on every page it runs on, with every row once", async () => {
    const pages = await pagesOf(150, 200);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/Đơn vị\s+Tỷ lệ bao phủ/);
    const all = pages.join("\n");
    for (let n = 1; n <= 150; n++) expect(all.match(new RegExp(`Xã số ${n}\\b`, "g"))).toHaveLength(1);
  });

  it("does not leave its heading and header alone at the foot of a page", async () => {
    // The filler leaves room for the heading and the header only: they move to the next page.
    const pages = await pagesOf(30, 728);
    expect(pages[0]).not.toContain("Xếp hạng các đơn vị");
    expect(pages[1]).toMatch(/Xếp hạng các đơn vị[\s\S]*Đơn vị\s+Tỷ lệ bao phủ[\s\S]*Xã số 1\b/);
  });
});
