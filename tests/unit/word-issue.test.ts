// Validation issues are codes, worded for the reader: the catalogue's Vietnamese or English, with a
// month or a number written the reader's way, a limit's own bound, and other text left as it is
// (lib/i18n/word-issue.ts, lib/i18n/vi/validation.ts).
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { newPasswordSchema } from "@/lib/auth/password-rules";
import { MESSAGES } from "@/lib/i18n/messages";
import { validation as viCatalogue } from "@/lib/i18n/vi/validation";
import { wordedFieldErrors, wordMessage } from "@/lib/i18n/word-issue";
import { coded } from "@/lib/validation/issue-code";
import { reportVersionsSchema } from "@/lib/validation/review";

const { vi, en } = MESSAGES;

describe("wording a code", () => {
  it("words a code in the reader's language", () => {
    expect(wordMessage("user.nameMissing", undefined, vi)).toBe("Vui lòng nhập họ và tên");
    expect(wordMessage("user.nameMissing", undefined, en)).toBe("Enter the full name");
  });

  it("writes a month and a number the reader's way", () => {
    expect(wordMessage("plan.milestoneRepeated", { month: "2021-12" }, vi)).toBe("Mốc tháng 12/2021 bị trùng");
    expect(wordMessage("plan.milestoneRepeated", { month: "2021-12" }, en)).toBe("Milestone Dec 2021 is repeated");
    expect(wordMessage("plan.tooManyMilestones", { max: 2000 }, vi)).toBe("Không được quá 2.000 mốc");
    expect(wordMessage("plan.tooManyMilestones", { max: 2000 }, en)).toBe("No more than 2,000 milestones");
  });

  it("leaves text that is not a code as it is, also names of the catalogue's own object properties", () => {
    expect(wordMessage("Nội dung không được dài quá 2.000 ký tự", undefined, en)).toBe(
      "Nội dung không được dài quá 2.000 ký tự",
    );
    expect(wordMessage("required", undefined, en)).toBe("required");
    expect(wordMessage("constructor.name", undefined, en)).toBe("constructor.name");
    expect(wordMessage("plan.toString", undefined, en)).toBe("plan.toString");
  });
});

describe("wording a failed parse", () => {
  it("fills a length limit's own bound", () => {
    const short = z.object({ password: newPasswordSchema }).safeParse({ password: "ngan" });
    expect(wordedFieldErrors(short.error!, en)).toEqual({
      password: ["The password must have at least 10 characters"],
    });
    const long = z.object({ password: newPasswordSchema }).safeParse({ password: "x".repeat(129) });
    expect(wordedFieldErrors(long.error!, vi)).toEqual({ password: ["Mật khẩu không được dài quá 128 ký tự"] });
  });

  it("words every issue of every field, all of them", () => {
    const schema = z.object({ reports: reportVersionsSchema, name: z.string().min(1, coded("user.nameMissing")) });
    const result = schema.safeParse({ reports: [], name: "" });
    expect(wordedFieldErrors(result.error!, en)).toEqual({
      reports: ["No report was selected"],
      name: ["Enter the full name"],
    });
    expect(wordedFieldErrors(result.error!, vi)).toEqual({
      reports: ["Không có báo cáo nào được chọn"],
      name: ["Vui lòng nhập họ và tên"],
    });
  });
});

describe("the catalogue", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it("has the same placeholders in English as in Vietnamese, and no empty message", () => {
    const validation: Record<string, Record<string, string>> = vi.validation;
    const english: Record<string, Record<string, string>> = en.validation;
    for (const [area, messages] of Object.entries(validation)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${area}.${key}`).not.toBe("");
        expect(english[area]![key]!.trim(), `${area}.${key}`).not.toBe("");
        expect(placeholders(english[area]![key]!), `${area}.${key}`).toEqual(placeholders(text));
      }
    }
    expect(vi.validation).toBe(viCatalogue);
  });
});
