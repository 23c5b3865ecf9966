// Voluntary social insurance is counted in pairs: a unit with a blank participant count or a blank
// assigned number is left out of both sides (Mỹ Long, 2022: 114 of 201 = 56.72%).
import { describe, expect, it } from "vitest";

import { attainment } from "@/lib/coverage/rates";
import { countedVoluntaryPair } from "@/lib/coverage/voluntary-social";
import type { ReportRow } from "@/lib/queries/get-report-rows";
import { summariseMonths } from "@/lib/reports/export/summarise-months";

describe("voluntary social insurance in pairs", () => {
  it("takes a unit's pair only when both figures are there", () => {
    expect(countedVoluntaryPair(114, 201)).toEqual({ insured: 114, assigned: 201 });
    expect(countedVoluntaryPair(50, null)).toEqual({ insured: 0, assigned: 0 });
    expect(countedVoluntaryPair(null, 201)).toEqual({ insured: 0, assigned: 0 });
  });

  it("sums 114 of 201 plus 50 of a blank as 114 of 201 (56.72%), not 164 of 201 (81.59%), in the export's summary", () => {
    const row = (unitId: number, insured: number | null, assigned: number | null): ReportRow => ({
      unitId,
      code: String(unitId),
      name: `Unit ${unitId}`,
      month: "2022-12",
      status: "APPROVED",
      values: { population: 1_000, voluntarySocialInsured: insured, voluntarySocialAssigned: assigned, groups: {} },
    });
    const [total] = summariseMonths([row(1, 114, 201), row(2, 50, null)], ["2022-12"], []);
    expect([total!.voluntarySocialInsured, total!.voluntarySocialAssigned]).toEqual([114, 201]);
    expect((attainment(total!.voluntarySocialInsured, total!.voluntarySocialAssigned)! * 100).toFixed(2)).toBe("56.72");
  });
});
