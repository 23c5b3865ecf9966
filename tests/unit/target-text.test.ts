// A target and an assigned number as shown wherever they appear: labelled when the plan does not
// state them but they were worked out from it (Bạc Liêu 119/KH-UBND's overall target, derived from
// its group targets; Mỹ Long's 2023 number, derived from 16,645 = 96.52%).
import { describe, expect, it } from "vitest";

import { assignedText, targetText } from "@/components/plans/target-text";
import { MESSAGES } from "@/lib/i18n/messages";

describe("target texts", () => {
  it("labels a derived target and assigned number in both languages, and leaves stated ones alone", () => {
    const derived = { comparator: "AT_LEAST" as const, rateBp: 9_426, assignedCount: 17_245, derived: true };
    expect(targetText(derived, "vi", MESSAGES.vi)).toBe("≥ 94,26% (suy ra)");
    expect(targetText(derived, "en", MESSAGES.en)).toBe("≥ 94.26% (derived)");
    expect(assignedText(derived, "vi", MESSAGES.vi)).toBe("17.245 (suy ra)");
    expect(assignedText(derived, "en", MESSAGES.en)).toBe("17,245 (derived)");
    const stated = {
      ...derived,
      comparator: "EXACTLY" as const,
      rateBp: 10_000,
      assignedCount: 16_796,
      derived: false,
    };
    expect(targetText(stated, "vi", MESSAGES.vi)).toBe("= 100,00%");
    expect(assignedText(stated, "vi", MESSAGES.vi)).toBe("16.796");
    expect(assignedText(null, "vi", MESSAGES.vi)).toBe("–");
  });

  it("names the school year of a school-year target: the one holding its milestone (119/KH-UBND's group 4)", () => {
    const pupils = {
      comparator: "EXACTLY" as const,
      rateBp: 10_000,
      bySchoolYear: true,
      dueOn: new Date("2021-12-31T00:00:00Z"),
    };
    expect(targetText(pupils, "vi", MESSAGES.vi)).toBe("= 100,00% (năm học 2021–2022)");
    expect(targetText(pupils, "en", MESSAGES.en)).toBe("= 100.00% (school year 2021–2022)");
    expect(targetText({ ...pupils, dueOn: new Date("2022-05-31T00:00:00Z") }, "vi", MESSAGES.vi)).toBe(
      "= 100,00% (năm học 2021–2022)",
    );
    expect(targetText({ ...pupils, dueOn: new Date("2022-09-30T00:00:00Z") }, "vi", MESSAGES.vi)).toBe(
      "= 100,00% (năm học 2022–2023)",
    );
    expect(targetText({ ...pupils, derived: true }, "vi", MESSAGES.vi)).toBe("= 100,00% (suy ra; năm học 2021–2022)");
    expect(targetText({ ...pupils, bySchoolYear: false }, "vi", MESSAGES.vi)).toBe("= 100,00%");
  });
});
