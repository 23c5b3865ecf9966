// Streams one XML part of an archive through a SAX parser (saxes): element by element, without
// building a document, under the reader's time budget. saxes expands no entity it was not told
// of, so a part cannot make the parser grow ("billion laughs"). Element and attribute names are
// given without their namespace prefix ("x:c" → "c"), as some writers prefix SpreadsheetML.
import { SaxesParser } from "saxes";

import type { Deadline } from "./limits";
import { UnreadableFile, type Archive } from "./zip-archive";

export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
};

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

export async function readXmlPart(
  archive: Archive,
  part: string,
  deadline: Deadline,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  parser.on("error", () => {
    throw new UnreadableFile();
  });
  parser.on("opentag", (tag) => {
    if (!handlers.open) return;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = value;
    handlers.open(localName(tag.name), attributes);
  });
  parser.on("closetag", (tag) => handlers.close?.(localName(tag.name)));
  parser.on("text", (text) => handlers.text?.(text));
  parser.on("cdata", (text) => handlers.text?.(text));
  const decoder = new TextDecoder("utf-8");
  await archive.read(part, deadline, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  parser.write(decoder.decode());
  parser.close();
}
