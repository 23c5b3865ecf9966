// Voluntary social insurance counted in pairs (lib/coverage/voluntary-social.ts), on the small tree:
// Xã An reports 114 participants of 201 assigned (Mỹ Long's 2022 figures), Xã Bình 50 participants
// and a blank assigned number. Their district must show 114 of 201 (56.72%), not 164 of 201 — from
// the store of counted figures (built by a rebuild, then kept by its trigger), from the raw rows, in
// the month's own structure and carried into today's commune. Expected sums are written by hand.
import { beforeAll, describe, expect, it } from "vitest";

import { checkCountedStore } from "@/lib/counted-store/check";
import { attainment } from "@/lib/coverage/rates";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getCoverageSummary, summaryFromRawRows } from "@/lib/queries/get-coverage-summary";

import { createSmallTree } from "../fixtures/small-tree";

const JUNE: Month = "2025-06";
let tree: Awaited<ReturnType<typeof createSmallTree>>;

async function setVoluntary(code: "10001" | "10002", insured: number | null, assigned: number | null) {
  await db.unitMonthReport.update({
    where: { unitId_period: { unitId: tree.old[code]!, period: monthToDate(JUNE) } },
    data: { voluntarySocialInsured: insured, voluntarySocialAssigned: assigned },
  });
}

/** The district's and today's commune's voluntary figures, from the store and from the raw rows. */
async function voluntaryEverywhere() {
  const read = async (unitId: number, structure: Month | null) => {
    const [stored, raw] = await Promise.all([
      getCoverageSummary(unitId, JUNE, structure),
      summaryFromRawRows(unitId, JUNE, structure, "submitted"),
    ]);
    return [
      [stored.voluntarySocialInsured, stored.voluntarySocialAssigned],
      [raw.voluntarySocialInsured, raw.voluntarySocialAssigned],
    ];
  };
  return [...(await read(tree.districts.d100.id, null)), ...(await read(tree.fresh["20001"]!, "2025-07"))];
}

beforeAll(async () => {
  tree = await createSmallTree(db);
  const effectiveOn = monthToDate("2025-07");
  await db.unitSuccession.createMany({
    data: [
      [tree.old["10001"]!, tree.fresh["20001"]!],
      [tree.old["10002"]!, tree.fresh["20001"]!],
      [tree.old["10003"]!, tree.fresh["20002"]!],
    ].map(([predecessorId, successorId]) => ({
      predecessorId: predecessorId!,
      successorId: successorId!,
      kind: "FULL" as const,
      shareBp: 10_000,
      effectiveOn,
    })),
  });
  await setVoluntary("10001", 114, 201);
  await setVoluntary("10002", 50, null);
});

describe("voluntary social insurance in pairs", () => {
  it("leaves a unit with a blank assigned number out of both sides: 114 of 201, not 164 of 201", async () => {
    expect(await voluntaryEverywhere()).toEqual(Array(4).fill([114, 201]));
    expect((attainment(114, 201)! * 100).toFixed(2)).toBe("56.72");
    expect(await checkCountedStore(db)).toEqual([]);
  });

  it("counts the pair once both figures are there, and leaves out a blank participant count too (the store's trigger)", async () => {
    await setVoluntary("10002", 50, 60);
    expect(await voluntaryEverywhere()).toEqual(Array(4).fill([164, 261]));
    await setVoluntary("10001", null, 201);
    expect(await voluntaryEverywhere()).toEqual(Array(4).fill([50, 60]));
    await setVoluntary("10001", 114, 201);
    await setVoluntary("10002", 50, null);
    expect(await voluntaryEverywhere()).toEqual(Array(4).fill([114, 201]));
    expect(await checkCountedStore(db)).toEqual([]);
  });
});
