// An .xlsx file is a zip archive of XML parts. It is opened with yauzl, which reads the central
// directory without inflating anything and checks, while inflating, that no part yields more bytes
// than it declares. Before any part is read, the archive is refused when it has too many parts or
// when a part declares more than MAX_PART_BYTES or an abnormal compression ratio (a "zip bomb":
// a few kilobytes that inflate to gigabytes). A part is then read as a stream, chunk by chunk,
// under the reader's time budget, so memory stays flat whatever the file claims.
import yauzl from "yauzl";

import { LimitExceeded, type Deadline } from "./limits";

/** Parts an archive may hold (a workbook has about ten; sheets, images and the like add a few each). */
export const MAX_ARCHIVE_PARTS = 1_000;
/** Largest inflated part: the sheet of 20,000 rows by 30 columns is about 30 MB of XML. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Highest compression ratio accepted for a part above RATIO_FLOOR_BYTES (spreadsheet XML: 5 to 30). */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** The file is not a workbook that can be read: not a zip (or damaged, encrypted), or malformed XML. */
export class UnreadableFile extends Error {}

export type Archive = {
  has(name: string): boolean;
  /** Streams a part's bytes; stops (and inflates no further) when `onChunk` throws. */
  read(name: string, deadline: Deadline, onChunk: (chunk: Buffer) => void): Promise<void>;
};

function suspicious(entry: yauzl.Entry): boolean {
  if (entry.uncompressedSize > MAX_PART_BYTES) return true;
  return (
    entry.uncompressedSize > RATIO_FLOOR_BYTES &&
    entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(entry.compressedSize, 1)
  );
}

export async function openArchive(bytes: Uint8Array): Promise<Archive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
    });
  } catch {
    throw new UnreadableFile();
  }
  if (zip.entryCount > MAX_ARCHIVE_PARTS)
    throw new LimitExceeded({ code: "tooManyParts", params: { max: MAX_ARCHIVE_PARTS } });
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (suspicious(entry)) {
        throw new LimitExceeded({
          code: "unpackedTooLarge",
          params: { maxMb: MAX_PART_BYTES / 1024 / 1024, ratio: MAX_COMPRESSION_RATIO },
        });
      }
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    throw error instanceof LimitExceeded ? error : new UnreadableFile();
  }

  return {
    has: (name) => entries.has(name),
    async read(name, deadline, onChunk) {
      const entry = entries.get(name);
      if (!entry) throw new UnreadableFile();
      let stream: AsyncIterable<Buffer>;
      try {
        stream = (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>;
      } catch {
        throw new UnreadableFile();
      }
      const chunks = stream[Symbol.asyncIterator]();
      try {
        for (;;) {
          let next: IteratorResult<Buffer>;
          try {
            next = await chunks.next();
          } catch {
            // yauzl's checks while inflating: a part longer than it declared, a damaged deflate stream.
            throw new UnreadableFile();
          }
          if (next.done) return;
          deadline.check();
          onChunk(next.value);
        }
      } finally {
        await chunks.return?.();
      }
    },
  };
}
