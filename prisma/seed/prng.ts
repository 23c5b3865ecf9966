// Deterministic pseudo-random numbers for the demo figures: the same key always yields the same
// sequence, so every seed run writes the same data. Not for anything security-related.

export type Random = () => number;

/** A generator of numbers in [0, 1) keyed by the given parts (e.g. unit code, group, purpose). */
export function randomFor(...keyParts: (string | number)[]): Random {
  return mulberry32(hashKey(keyParts.join("|")));
}

/** Uniform number in [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** Roughly normal number with mean 0 and standard deviation 1 (Irwin–Hall sum of 12 uniforms). */
export function gaussian(random: Random): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}

// mulberry32 (Tommy Ettinger): a small 32-bit generator that is good enough for synthetic data.
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// FNV-1a over the UTF-16 code units of the key.
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
