// An ended unit's group target judged after a change of group set: the group's own figures, else
// the later groups that continue it alone; none when a later group mixes it with another.
import { describe, expect, it } from "vitest";

import { continuedGroupFigures } from "@/lib/coverage/group-succession";

const figures = new Map([
  [11, { insured: 90, eligible: 100 }],
  [12, { insured: 40, eligible: 50 }],
  [13, { insured: 7, eligible: 10 }],
]);

describe("continuedGroupFigures", () => {
  it("takes the group's own figures when the month uses its set", () => {
    expect(continuedGroupFigures(new Map([[4, { insured: 5, eligible: 6 }]]), 4, [])).toEqual({
      insured: 5,
      eligible: 6,
    });
  });

  it("sums the later groups that continue it alone (a group split in two)", () => {
    const links = [
      { groupId: 11, predecessorId: 4 },
      { groupId: 12, predecessorId: 4 },
    ];
    expect(continuedGroupFigures(figures, 4, links)).toEqual({ insured: 130, eligible: 150 });
  });

  it("gives none when a later group also continues another group, or nothing continues it", () => {
    const links = [
      { groupId: 13, predecessorId: 4 },
      { groupId: 13, predecessorId: 5 },
    ];
    expect(continuedGroupFigures(figures, 4, links)).toBeNull();
    expect(continuedGroupFigures(figures, 4, [])).toBeNull();
  });
});
