// Every input schema lives in lib/validation and names what is wrong with a code, which the action
// wrapper words in the reader's language: an English reader gets English, a Vietnamese reader
// Vietnamese, never Zod's own English. One case per schema moved into lib/validation or given codes
// where Zod's default words used to reach the reader (sign-in lengths, a lock reason's length, an
// account's state, the rule values the administrator saw, a group's continuation).
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { wordedFieldErrors } from "@/lib/i18n/word-issue";
import { setUserActiveSchema, signInSchema, unlockSignInSchema } from "@/lib/validation/account";
import { markNotificationsReadSchema, remindSchema } from "@/lib/validation/notifications";
import { archivePlanSchema } from "@/lib/validation/plan-form";
import { deleteReportingRuleSchema } from "@/lib/validation/reporting-rules";
import { monthActionSchema, returnReportSchema, unlockReportSchema } from "@/lib/validation/review";
import { successionImportSchema, unitListImportSchema } from "@/lib/validation/unit-import";

const USER_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

/** The words a form shows for `input`, in `locale`. */
function errors(schema: z.ZodType, input: unknown, locale: Locale): Partial<Record<string, string[]>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return wordedFieldErrors(parsed.error, MESSAGES[locale]);
}

describe("sign-in", () => {
  it("words an over-long username or password with its limit, in the reader's language", () => {
    const input = { username: "a".repeat(65), password: "p".repeat(257) };
    expect(errors(signInSchema, input, "vi")).toEqual({
      username: ["Tên đăng nhập không được dài quá 64 ký tự"],
      password: ["Mật khẩu không được dài quá 256 ký tự"],
    });
    expect(errors(signInSchema, input, "en")).toEqual({
      username: ["The username may not be longer than 64 characters"],
      password: ["The password may not be longer than 256 characters"],
    });
  });

  it("asks for a missing username in either language", () => {
    expect(errors(signInSchema, { username: " ", password: "x" }, "vi")).toEqual({
      username: ["Vui lòng nhập tên đăng nhập"],
    });
    expect(errors(signInSchema, { username: " ", password: "x" }, "en")).toEqual({ username: ["Enter your username"] });
  });
});

describe("managing an account", () => {
  it("refuses an unknown state or user in the reader's language", () => {
    expect(errors(setUserActiveSchema, { userId: USER_ID, active: "maybe" }, "vi")).toEqual({
      active: ["Thao tác không hợp lệ"],
    });
    expect(errors(setUserActiveSchema, { userId: USER_ID, active: "maybe" }, "en")).toEqual({
      active: ["Invalid operation"],
    });
    expect(errors(unlockSignInSchema, { userId: "42" }, "en")).toEqual({ userId: [MESSAGES.en.validation.user.user] });
  });
});

describe("reviewing reports", () => {
  const month = { unitId: "7", month: "2025-06", reports: "1:1" };

  it("words an over-long lock reason with its limit", () => {
    const input = { ...month, lockReason: "x".repeat(1001) };
    expect(errors(monthActionSchema, input, "vi")).toEqual({
      lockReason: ["Lý do khoá không được dài quá 1.000 ký tự"],
    });
    expect(errors(monthActionSchema, input, "en")).toEqual({
      lockReason: ["The reason for locking may not be longer than 1,000 characters"],
    });
  });

  it("asks for the comment of a returned report and the reason of an unlocked one", () => {
    expect(errors(returnReportSchema, { reportId: "1", version: "1", comment: "" }, "en")).toEqual({
      comment: ["Enter a comment for the commune: it needs to know which figures to correct"],
    });
    expect(errors(returnReportSchema, { reportId: "1", version: "1", comment: "" }, "vi")).toEqual({
      comment: ["Vui lòng nhập ý kiến gửi xã: xã cần biết phải sửa số liệu nào"],
    });
    expect(errors(unlockReportSchema, { reportId: "1", version: "1", reason: "" }, "en")).toEqual({
      reason: ["Enter the reason for unlocking"],
    });
  });
});

describe("notifications", () => {
  it("words an empty selection and a bad reminder in the reader's language", () => {
    expect(errors(markNotificationsReadSchema, { ids: [] }, "en")).toEqual({ ids: ["No notification was selected"] });
    expect(errors(markNotificationsReadSchema, { ids: [] }, "vi")).toEqual({
      ids: [MESSAGES.vi.validation.notification.noneSelected],
    });
    expect(errors(remindSchema, { unitId: "x", month: "2025-06" }, "en")).toEqual({ unitId: ["Invalid unit"] });
    expect(errors(remindSchema, { unitId: "x", month: "2025-06" }, "vi")).toEqual({ unitId: ["Đơn vị không hợp lệ"] });
  });
});

describe("plans and reporting rules", () => {
  it("refuses an unknown archive operation and a tampered rule form in the reader's language", () => {
    const archive = { planId: "3", version: "1", archived: "soon" };
    expect(errors(archivePlanSchema, archive, "en")).toEqual({ archived: ["Invalid operation"] });
    const rule = {
      ruleId: "1",
      seenApproverLevel: "two",
      seenDeadlineDay: "5",
      seenOpensDaysBeforeEnd: "0",
      seenRemindDaysBeforeDeadline: "2",
    };
    expect(errors(deleteReportingRuleSchema, rule, "en")).toEqual({
      seenApproverLevel: ["The rule has changed or the form is invalid; reload the page"],
    });
    expect(errors(deleteReportingRuleSchema, rule, "vi")).toEqual({
      seenApproverLevel: ["Quy định đã thay đổi hoặc biểu mẫu không hợp lệ; hãy tải lại trang"],
    });
  });
});

describe("unit imports", () => {
  it("asks for the file and the month in the reader's language", () => {
    const input = { validFrom: "06/2025", intent: "preview" };
    expect(errors(unitListImportSchema, input, "en")).toEqual({
      file: ["Choose a file"],
      validFrom: [MESSAGES.en.validation.common.month],
    });
    expect(errors(unitListImportSchema, input, "vi")).toEqual({
      file: ["Vui lòng chọn tệp"],
      validFrom: ["Tháng phải có dạng YYYY-MM, ví dụ 2025-06"],
    });
    expect(errors(successionImportSchema, { effectiveOn: "2025-07", intent: "look" }, "en")).toEqual({
      file: ["Choose a file"],
      intent: ["Invalid operation"],
    });
  });
});
