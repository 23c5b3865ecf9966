// People not yet insured ("chưa tham gia BHYT"): everyone counted in the denominator who holds no
// valid card — population − insured for a unit, eligible − insured for a participant group. This is
// the count the 2014 VSS instruction asks districts and communes to make. It is not the gap to a
// target (people still to enroll, ./rates.ts `enrollmentGap`), which counts only up to the target rate.
//
// The rule, decided here once: more insured than counted (a coverage rate over 100%, legitimate when
// the denominator is an estimate) leaves nobody to enroll, so the count is 0, never negative; the
// over-100% note beside the rate says to check the denominator. Above the base level the count is
// taken on the summed figures (the unit's net count), so an over-covered child offsets nothing in
// the sum of its siblings: the children's counts add up to at least the parent's, not to it.

/** Denominator (population, or a group's eligible) − insured, or 0 when more are insured than counted. */
export function notYetInsured(insured: number, denominator: number): number {
  return Math.max(0, denominator - insured);
}
