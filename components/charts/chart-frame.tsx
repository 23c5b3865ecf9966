"use client";

// The frame every chart sits in: a responsive drawing area and, for screen readers and anyone who
// wants the numbers, the same data as a table. The drawing is hidden from assistive technology
// (the table says the same), so nothing in it may take the focus: the charts are drawn with
// Recharts' `accessibilityLayer={false}`, which otherwise makes the SVG a focusable application.
// With `download`, a "Tải về" menu above the drawing (./chart-download-menu.tsx).
import { useRef } from "react";
import { ResponsiveContainer } from "recharts";

import { ChartDownloadMenu, type ChartDownload } from "./chart-download-menu";

export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][] };

export function ChartFrame({
  height = 300,
  table,
  showDataLabel,
  download,
  children,
}: {
  height?: number;
  table: DataTable;
  showDataLabel: string;
  download?: ChartDownload;
  children: React.ReactElement;
}) {
  const area = useRef<HTMLDivElement>(null);
  return (
    <figure>
      {download && <ChartDownloadMenu download={download} area={area} />}
      <div ref={area} style={{ height }} aria-hidden className="chart-area">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <details className="no-print mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">{showDataLabel}</summary>
        <div
          tabIndex={0}
          className="mt-2 overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          <table className="min-w-full text-left">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="border-b px-2 py-1 font-medium text-slate-600">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i} className="odd:bg-slate-50">
                  {row.map((cell, j) => (
                    <td key={j} className={`px-2 py-1 ${j > 0 ? "text-right tabular-nums" : ""}`}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
