// Zip archives and .xlsx workbooks built byte by byte, for tests of hostile files: any XML in a
// sheet, a part whose declared size is a lie, and deflate streams of hundreds of megabytes made from
// one compressed chunk repeated (a "zip bomb"), all cheap to build.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** A part of an archive: its compressed bytes, its real size and checksum, and the size it declares. */
export type ZipPart = { name: string; deflated: Buffer; size: number; crc: number; declaredSize?: number };

export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * A part of `prefix`, then `chunk` repeated `times` times, then `suffix`: the chunk is compressed
 * once and its deflate blocks repeated, so 300 MB of spaces cost about 300 KB.
 */
export function repeatedPart(name: string, prefix: string, chunk: Buffer, times: number, suffix: string): ZipPart {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const chunkBlocks = deflateRawSync(chunk, flush);
  let crc = crc32(prefix);
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  crc = crc32(suffix, crc);
  const deflated = Buffer.concat([
    deflateRawSync(Buffer.from(prefix), flush),
    ...Array.from({ length: times }, () => chunkBlocks),
    deflateRawSync(Buffer.from(suffix)),
  ]);
  return { name, deflated, size: Buffer.byteLength(prefix) + chunk.length * times + Buffer.byteLength(suffix), crc };
}

/** A zip archive of the parts (deflated, UTF-8 names), as a zip writer lays it out. */
export function zipBytes(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const declared = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.deflated);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet's XML around the given <row> elements, with a <dimension> when one is given. */
export function sheetXml(rows: string, dimension?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${dimension ? `<dimension ref="${dimension}"/>` : ""}<sheetData>${rows}</sheetData></worksheet>`;
}

/** A one-sheet workbook ("Số liệu") whose sheet part is given (see sheetXml, repeatedPart), plus any extra parts. */
export function workbookBytes(sheet: string | ZipPart, extraParts: readonly ZipPart[] = []): Uint8Array {
  const sheetPart = typeof sheet === "string" ? deflatedPart("xl/worksheets/sheet1.xml", sheet) : sheet;
  return zipBytes([
    deflatedPart(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflatedPart(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { ...sheetPart, name: "xl/worksheets/sheet1.xml" },
    ...extraParts,
  ]);
}

/** The file of the attack: 500 rows, each with one number at column XFD (the last), a few kilobytes. */
export function farColumnWorkbook({ rows = 500, dimension }: { rows?: number; dimension?: string } = {}): Uint8Array {
  const xml = Array.from(
    { length: rows },
    (_, index) => `<row r="${index + 1}"><c r="XFD${index + 1}"><v>1</v></c></row>`,
  ).join("");
  return workbookBytes(sheetXml(xml, dimension));
}
