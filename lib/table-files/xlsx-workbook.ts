// The parts of an .xlsx workbook that reading a sheet needs, found the way the format says
// (package relationships, then the workbook's): the sheets in their order with their names, the
// shared strings, which cell styles are dates, and the workbook's date system.
import type { Deadline } from "./limits";
import { readXmlPart } from "./read-xml-part";
import { UnreadableFile, type Archive } from "./zip-archive";

export type WorkbookIndex = {
  sheets: { name: string; part: string }[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count days from 1904 instead of 1900 (old Mac workbooks). */
  date1904: boolean;
};

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** A relationship target as a part name: relative to the folder of the part that names it. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"), by id. */
async function readRelationships(
  archive: Archive,
  sourcePart: string,
  deadline: Deadline,
): Promise<Map<string, { type: string; part: string }>> {
  const folder = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) : "";
  const relsPart = `${folder}_rels/${sourcePart.slice(folder.length)}.rels`;
  const relationships = new Map<string, { type: string; part: string }>();
  if (!archive.has(relsPart)) return relationships;
  await readXmlPart(archive, relsPart, deadline, {
    open(name, attributes) {
      if (name !== "Relationship" || !attributes.Id || !attributes.Target || attributes.TargetMode === "External")
        return;
      relationships.set(attributes.Id, {
        type: attributes.Type ?? "",
        part: resolveTarget(sourcePart, attributes.Target),
      });
    },
  });
  return relationships;
}

export async function readWorkbookIndex(archive: Archive, deadline: Deadline): Promise<WorkbookIndex> {
  const root = await readRelationships(archive, "", deadline);
  const workbookPart =
    [...root.values()].find((relationship) => OFFICE_DOCUMENT.test(relationship.type))?.part ?? "xl/workbook.xml";
  if (!archive.has(workbookPart)) throw new UnreadableFile();
  const relationships = await readRelationships(archive, workbookPart, deadline);
  const partOfType = (suffix: string) =>
    [...relationships.values()].find((relationship) => relationship.type.endsWith(suffix))?.part ?? null;

  const sheets: WorkbookIndex["sheets"] = [];
  let date1904 = false;
  await readXmlPart(archive, workbookPart, deadline, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      if (name !== "sheet") return;
      const part = relationships.get(attributes.id ?? "")?.part;
      if (attributes.name && part && archive.has(part)) sheets.push({ name: attributes.name, part });
    },
  });
  const present = (part: string | null) => (part && archive.has(part) ? part : null);
  return {
    sheets,
    sharedStrings: present(partOfType("/sharedStrings")),
    styles: present(partOfType("/styles")),
    date1904,
  };
}

/** The shared strings: each item's text runs joined, phonetic guides (rPh) left out. */
export async function readSharedStrings(archive: Archive, part: string, deadline: Deadline): Promise<string[]> {
  const strings: string[] = [];
  let item: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  await readXmlPart(archive, part, deadline, {
    open(name) {
      if (name === "si") item = [];
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && !inPhonetic) inText = true;
    },
    close(name) {
      if (name === "si" && item) {
        strings.push(item.join(""));
        item = null;
      } else if (name === "rPh") inPhonetic = false;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && item) item.push(text);
    },
  });
  return strings;
}

// Built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30, and the East Asian ones).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a custom format code shows a date: d, m, y, h or s outside quoted text, brackets and escapes. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (the `s` of a cell), whether it formats a number as a date. */
export async function readDateStyles(archive: Archive, part: string, deadline: Deadline): Promise<boolean[]> {
  const customFormats = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellFormats = false;
  await readXmlPart(archive, part, deadline, {
    open(name, attributes) {
      if (name === "numFmt") customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellFormats = true;
      else if (name === "xf" && inCellFormats) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = customFormats.get(id);
        styles.push(custom === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormatCode(custom));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellFormats = false;
    },
  });
  return styles;
}
