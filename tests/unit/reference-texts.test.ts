import { describe, expect, it } from "vitest";

import { groupNames, thresholdTexts, withGroupNames } from "@/lib/i18n/reference-texts";

const group5 = {
  code: "5",
  name: "Nhóm tham gia bảo hiểm y tế theo hộ gia đình",
  shortName: "Hộ gia đình",
  nameEn: "Enrolled by household",
  shortNameEn: "Households",
};

describe("participant group names by language", () => {
  it("gives the Vietnamese names in Vietnamese", () => {
    expect(groupNames(group5, "vi")).toEqual({
      name: "Nhóm tham gia bảo hiểm y tế theo hộ gia đình",
      shortName: "Hộ gia đình",
    });
  });

  it("gives the English names in English", () => {
    expect(groupNames(group5, "en")).toEqual({ name: "Enrolled by household", shortName: "Households" });
  });

  it("falls back to the Vietnamese name where a group set has no English one", () => {
    expect(groupNames({ ...group5, nameEn: null, shortNameEn: null }, "en")).toEqual({
      name: group5.name,
      shortName: "Hộ gia đình",
    });
    expect(groupNames({ ...group5, shortNameEn: null }, "en")).toEqual({
      name: "Enrolled by household",
      shortName: "Hộ gia đình",
    });
  });

  it("keeps a group's other fields", () => {
    expect(withGroupNames(group5, "en")).toMatchObject({
      code: "5",
      name: "Enrolled by household",
      shortName: "Households",
    });
  });
});

describe("New Rural Area threshold texts by language", () => {
  const provisional = {
    legalBasis: "Chưa xác nhận, tạm giữ mức của Quyết định 1980/QĐ-TTg",
    notes: "Ngưỡng giai đoạn 2021–2025 theo Quyết định 318/QĐ-TTg chưa được xác nhận.",
    legalBasisEn: "Not confirmed: the level of Decision 1980/QĐ-TTg is kept for now",
    notesEn: "The 2021–2025 threshold under Decision 318/QĐ-TTg is not confirmed.",
  };

  it("gives the Vietnamese texts in Vietnamese and the English ones in English", () => {
    expect(thresholdTexts(provisional, "vi")).toEqual({ legalBasis: provisional.legalBasis, notes: provisional.notes });
    expect(thresholdTexts(provisional, "en")).toEqual({
      legalBasis: provisional.legalBasisEn,
      notes: provisional.notesEn,
    });
  });

  it("keeps the Vietnamese text where no English one was entered, and no notes where there are none", () => {
    expect(thresholdTexts({ ...provisional, legalBasisEn: null, notesEn: "" }, "en")).toEqual({
      legalBasis: provisional.legalBasis,
      notes: provisional.notes,
    });
    expect(thresholdTexts({ ...provisional, notes: null, notesEn: null }, "en").notes).toBeNull();
  });
});
