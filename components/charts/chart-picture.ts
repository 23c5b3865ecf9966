// A chart's own <svg> (Recharts) as a picture that stands alone: the computed styles inlined (so
// CSS classes and variables resolve), a white background, the chart's title above and its legend
// (HTML in Recharts) drawn below. PNG: that SVG drawn on a canvas at twice its size. Browser only.
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
];
const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "Arial, Helvetica, sans-serif";
const TITLE_HEIGHT = 32;
const LEGEND_HEIGHT = 28;

export type ChartPicture = { svg: string; width: number; height: number };

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart drawn in `area` as a standalone SVG document, or null when there is no chart in it. */
export function chartPicture(area: HTMLElement, title: string): ChartPicture | null {
  const source = area.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface");
  if (!source) return null;
  const { width, height } = source.getBoundingClientRect();
  const chart = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll("*")];
  const copies = [chart, ...chart.querySelectorAll("*")];
  originals.forEach((original, index) => {
    const computed = getComputedStyle(original);
    const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";");
    copies[index]?.setAttribute("style", style);
  });
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(TITLE_HEIGHT));
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(height));

  const total = TITLE_HEIGHT + height + LEGEND_HEIGHT;
  const root = element("svg", {
    xmlns: SVG_NS,
    width: Math.ceil(width),
    height: Math.ceil(total),
    viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(total)}`,
    "font-family": FONT,
  });
  root.append(element("title", {}, title));
  root.append(element("rect", { x: 0, y: 0, width: "100%", height: "100%", fill: "#ffffff" }));
  root.append(element("text", { x: 8, y: 21, "font-size": 15, "font-weight": 600, fill: "#0f172a" }, title));
  root.append(chart);

  // The legend: a coloured square and the series' name per entry, in a row under the chart.
  let x = 8;
  const y = TITLE_HEIGHT + height + 18;
  for (const item of area.querySelectorAll<HTMLElement>(".recharts-legend-item")) {
    const label = item.querySelector<HTMLElement>(".recharts-legend-item-text");
    const name = label?.textContent?.trim();
    if (!label || !name) continue;
    const colour = getComputedStyle(label).color;
    root.append(element("rect", { x, y: y - 10, width: 12, height: 12, fill: colour }));
    root.append(element("text", { x: x + 16, y, "font-size": 12, fill: "#334155" }, name));
    x += 16 + name.length * 7 + 16;
  }
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
    width: Math.ceil(width),
    height: Math.ceil(total),
  };
}

/** The picture drawn at `scale` times its size on a white canvas, as PNG bytes. */
export async function pictureToPng(picture: ChartPicture, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = picture.width * scale;
  canvas.height = picture.height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png"),
  );
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
