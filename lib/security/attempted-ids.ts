// What a refused request named, for the security log: the fields that identify a unit or an object
// (`id`, `…Id`, `…Ids`, `…Code`) and the month, as sent, before any validation. Bounded, so that a
// hostile request cannot make the log row large: a few fields, short values, no files.
const IDENTIFYING_FIELD = /^(id|month)$|(Id|Ids|Code)$/;
const MAX_FIELDS = 12;
const MAX_VALUES_PER_FIELD = 20;
const MAX_VALUE_LENGTH = 64;

export type AttemptedIds = Record<string, string | string[]>;

function asText(value: unknown): string | null {
  if (typeof value === "string") return value.slice(0, MAX_VALUE_LENGTH);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return null;
}

export function attemptedIds(input: FormData | Record<string, unknown>): AttemptedIds | null {
  const entries: [string, unknown[]][] =
    input instanceof FormData
      ? [...new Set(input.keys())].map((name) => [name, input.getAll(name)])
      : Object.entries(input).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]);
  const ids: AttemptedIds = {};
  for (const [name, values] of entries) {
    if (Object.keys(ids).length >= MAX_FIELDS) break;
    if (!IDENTIFYING_FIELD.test(name)) continue;
    const texts = values.slice(0, MAX_VALUES_PER_FIELD).flatMap((value) => asText(value) ?? []);
    if (texts.length > 0) ids[name.slice(0, MAX_VALUE_LENGTH)] = texts.length === 1 ? texts[0]! : texts;
  }
  return Object.keys(ids).length > 0 ? ids : null;
}
