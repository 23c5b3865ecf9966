// Fills the "{name}" placeholders of a catalogue's words. Its own module, so that a client component
// can fill the words it was given without importing a catalogue.

/** Fills "{name}" placeholders; an unknown name is left as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match));
}
