"use client";

// "Tải về" on a chart's frame: the chart as a PNG (2×) or SVG picture, made in the browser from the
// chart's own drawing, and its figures as a workbook from the server (a link to a route that checks
// the user's permission and scope as the page does). A <details> menu: reachable and opened with
// the keyboard, closed after a choice.
import { useRef, useState } from "react";

import { chartPicture, pictureToPng, saveBlob } from "./chart-picture";

export type ChartDownload = {
  /** The picture's title: the chart, the unit and the month. */
  title: string;
  /** The files' name without extension: chart, unit code and month. */
  fileName: string;
  /** The route answering the chart's figures as .xlsx. */
  xlsxHref: string;
  labels: { menu: string; menuHint: string; png: string; svg: string; excel: string; failed: string };
};

const ITEM =
  "block w-full px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-brand-50 focus:bg-brand-50 focus:outline-none";

export function ChartDownloadMenu({
  download,
  area,
}: {
  download: ChartDownload;
  area: React.RefObject<HTMLDivElement | null>;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [failed, setFailed] = useState(false);
  const { labels } = download;

  async function save(kind: "png" | "svg") {
    menu.current?.removeAttribute("open");
    setFailed(false);
    try {
      const picture = area.current ? chartPicture(area.current, download.title) : null;
      if (!picture) throw new Error("No chart");
      const blob =
        kind === "svg" ? new Blob([picture.svg], { type: "image/svg+xml;charset=utf-8" }) : await pictureToPng(picture);
      saveBlob(blob, `${download.fileName}.${kind}`);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="no-print flex items-center justify-end gap-2">
      {failed && (
        <p role="alert" className="text-sm text-red-700">
          {labels.failed}
        </p>
      )}
      <details ref={menu} className="relative" data-testid="chart-download">
        <summary
          title={labels.menuHint}
          className="cursor-pointer list-none rounded border border-brand-700 bg-white px-2 py-0.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {labels.menu} ▾
        </summary>
        <div className="absolute right-0 z-10 mt-1 min-w-36 rounded border border-slate-200 bg-white py-1 shadow-md">
          <button type="button" className={ITEM} onClick={() => save("png")}>
            {labels.png}
          </button>
          <button type="button" className={ITEM} onClick={() => save("svg")}>
            {labels.svg}
          </button>
          <a href={download.xlsxHref} download className={ITEM} onClick={() => menu.current?.removeAttribute("open")}>
            {labels.excel}
          </a>
        </div>
      </details>
    </div>
  );
}
