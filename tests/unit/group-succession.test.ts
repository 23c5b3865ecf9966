// A group of a new set across the boundary: its own figures in its set's months, before them the sum
// of the groups it continues, nothing when it continues none — for a report's four figures per group
// and for a trend's insured and eligible alike.
import { describe, expect, it } from "vitest";

import { figuresInGroupsOf, figuresOfGroup } from "@/lib/coverage/group-succession";

// June in the 2014 groups (ids 1–5); the new set's "1" continues 1 + 2, "4" continues 5, "5" nothing.
const june = new Map([
  [1, { insured: 1_200, eligible: 1_300 }],
  [2, { insured: 300, eligible: 300 }],
  [5, { insured: 3_000, eligible: 3_600 }],
]);

describe("figures of a group across a change of set", () => {
  it("sums the groups it continues, and has none when it continues none", () => {
    expect(figuresOfGroup(june, { id: 11, predecessorIds: [1, 2] })).toEqual({ insured: 1_500, eligible: 1_600 });
    expect(figuresOfGroup(june, { id: 14, predecessorIds: [5] })).toEqual({ insured: 3_000, eligible: 3_600 });
    expect(figuresOfGroup(june, { id: 15, predecessorIds: [] })).toBeUndefined();
  });

  it("takes its own figures in its set's months", () => {
    const july = new Map([[11, { insured: 1_510, eligible: 1_600 }]]);
    expect(figuresOfGroup(july, { id: 11, predecessorIds: [1, 2] })).toEqual({ insured: 1_510, eligible: 1_600 });
  });

  it("keys a month's figures by the new groups' codes, leaving out a group without figures", () => {
    const groups = [
      { id: 11, code: "1", predecessorIds: [1, 2] },
      { id: 14, code: "4", predecessorIds: [5] },
      { id: 15, code: "5", predecessorIds: [] },
    ];
    expect(figuresInGroupsOf(june, groups)).toEqual({
      "1": { insured: 1_500, eligible: 1_600 },
      "4": { insured: 3_000, eligible: 3_600 },
    });
  });
});
