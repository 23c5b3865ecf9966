// The campaign form's rules (lib/validation/campaign-form.ts): what it reads from the typed values,
// and the issue code each mistake gets on its field (worded later, in the reader's language).
import { describe, expect, it } from "vitest";

import { MESSAGES } from "@/lib/i18n/messages";
import { createCampaignSchema } from "@/lib/validation/campaign-form";

const typed = {
  unitId: "12",
  name: " Tháng cao điểm 2018 ",
  firstMonth: "2017-11",
  lastMonth: "2017-11",
  targetNewlyEnrolled: "2.948",
  targetRenewed: "20214",
  targetRate: "97,2",
  responsibleAgency: "BHXH huyện",
  notes: "",
};

function issues(values: Record<string, string>) {
  const parsed = createCampaignSchema.safeParse(values);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the campaign form", () => {
  it("reads counts with Vietnamese thousands separators and a rate with a decimal comma", () => {
    expect(createCampaignSchema.parse(typed)).toEqual({
      unitId: 12,
      planId: null,
      name: "Tháng cao điểm 2018",
      firstMonth: "2017-11",
      lastMonth: "2017-11",
      targetNewlyEnrolled: 2_948,
      targetRenewed: 20_214,
      targetRateBp: 9_720,
      responsibleAgency: "BHXH huyện",
      notes: null,
    });
  });

  it("needs one target at least, any of the three", () => {
    expect(issues({ ...typed, targetNewlyEnrolled: "", targetRenewed: "", targetRate: "" })).toEqual({
      targets: "targetRequired",
    });
    expect(issues({ ...typed, targetNewlyEnrolled: "", targetRenewed: "" })).toEqual({});
  });

  it("gives each mistake its code on its field, all at once", () => {
    expect(
      issues({
        ...typed,
        targetNewlyEnrolled: "0",
        targetRenewed: "12,5",
        targetRate: "100,5",
        lastMonth: "2017-10",
        name: "",
        planId: "x",
      }),
    ).toEqual({
      targetNewlyEnrolled: "countInvalid",
      targetRenewed: "countInvalid",
      targetRate: "rateInvalid",
      lastMonth: "lastBeforeFirst",
      name: "nameRequired",
      planId: "planInvalid",
    });
    expect(issues({ ...typed, firstMonth: "2016-01", lastMonth: "2018-01" })).toEqual({ lastMonth: "tooManyMonths" });
    expect(issues({ ...typed, firstMonth: "11/2017" })).toEqual({ firstMonth: "monthRequired" });
  });

  it("has every code worded in Vietnamese and in English", () => {
    for (const locale of ["vi", "en"] as const) {
      for (const text of Object.values(MESSAGES[locale].campaigns.issues)) expect(text.length).toBeGreaterThan(10);
    }
  });
});
