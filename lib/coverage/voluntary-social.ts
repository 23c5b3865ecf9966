// Voluntary social insurance (BHXH tự nguyện) is counted in pairs: a unit's participants count only
// with its assigned number, and the other way round. A unit that left either blank is left out of
// both sides, so that 114 of 201 plus 50 of a blank stays 114 of 201 (56.72%), not 164 of 201.
// The same rule in SQL: `countedVoluntary` in lib/queries/sql.ts and the store's trigger
// (prisma/migrations/20261206000000_voluntary_social_in_pairs).

export type VoluntaryPair = { insured: number; assigned: number };

/** What one unit's report adds to the sums: its pair, or nothing when either figure is blank. */
export function countedVoluntaryPair(insured: number | null, assigned: number | null): VoluntaryPair {
  return insured === null || assigned === null ? { insured: 0, assigned: 0 } : { insured, assigned };
}
