// Map look-ups whose miss can only be a bug in the seed (every key comes from the same unit lists).

export function required<Key, Value>(map: ReadonlyMap<Key, Value>, key: Key, what: string): Value {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}
