// The unit as it exists in a month (lib/units/unit-in-month.ts): a district abolished on 1 July 2025
// existed last in June 2025; a commune formed that day exists from July 2025.
import { describe, expect, it } from "vitest";

import { existsInMonth, firstMonthOf, lastMonthOf, nearestMonthOfLife } from "@/lib/units/unit-in-month";

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const oldDistrict = { validFrom: day("2008-08-01"), validTo: day("2025-07-01") };
const newCommune = { validFrom: day("2025-07-01"), validTo: null };

describe("the unit in a month", () => {
  it("knows a unit's first and last month", () => {
    expect(firstMonthOf(oldDistrict)).toBe("2008-08");
    expect(lastMonthOf(oldDistrict)).toBe("2025-06");
    expect(firstMonthOf(newCommune)).toBe("2025-07");
    expect(lastMonthOf(newCommune)).toBeNull();
  });

  it("says whether the unit exists in a month, on both sides of 1 July 2025", () => {
    expect(existsInMonth(oldDistrict, "2025-06")).toBe(true);
    expect(existsInMonth(oldDistrict, "2025-07")).toBe(false);
    expect(existsInMonth(oldDistrict, "2008-07")).toBe(false);
    expect(existsInMonth(newCommune, "2025-06")).toBe(false);
    expect(existsInMonth(newCommune, "2026-11")).toBe(true);
  });

  it("takes the nearest month of the unit's life for a month outside it", () => {
    expect(nearestMonthOfLife(oldDistrict, "2026-11")).toBe("2025-06");
    expect(nearestMonthOfLife(oldDistrict, "2024-12")).toBe("2024-12");
    expect(nearestMonthOfLife(newCommune, "2025-01")).toBe("2025-07");
    expect(nearestMonthOfLife(newCommune, "2026-11")).toBe("2026-11");
  });
});
