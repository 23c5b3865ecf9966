// Fills a catalogue's "{name}" placeholders with React nodes: `fill` (lib/i18n/fill.ts) for a sentence
// that holds entered data, so that the data keeps its own marked element ("Report for {unit}" with
// <Entered kind="unit">) and the words around it stay product text. No catalogue import: client
// components may use it with the words they were given.
import { Fragment, type ReactNode } from "react";

/** The template with each "{name}" replaced by its node; an unknown name is left as it is. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  // split with a capturing group: texts at even indexes, placeholder names at odd ones.
  return template
    .split(/\{(\w+)\}/g)
    .map((part, index) => (
      <Fragment key={index}>{index % 2 === 0 ? part : part in values ? values[part] : `{${part}}`}</Fragment>
    ));
}
