// Phone numbers on accounts (lib/validation/phone.ts, lib/format.ts): Vietnamese mobiles and
// landlines as people type them, stored as digits with the leading 0, shown grouped, called in
// international form.
import { describe, expect, it } from "vitest";

import { formatPhone, phoneHref } from "@/lib/format";
import { normalisePhone, phoneSchema } from "@/lib/validation/phone";

describe("normalisePhone", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(0222) 3851-234", "02223851234"],
    ["+84 222 3851 234", "02223851234"],
  ])("reads %s as %s", (typed, stored) => {
    expect(normalisePhone(typed)).toBe(stored);
  });

  it.each(["091234567", "09123456789", "0112345678", "1912345678", "0912-345-67x", "+1 415 555 0100"])(
    "refuses %s",
    (typed) => {
      expect(normalisePhone(typed)).toBeNull();
    },
  );

  it("takes a blank field as no phone", () => {
    expect(phoneSchema.parse("   ")).toBeNull();
    expect(phoneSchema.safeParse("12345").success).toBe(false);
  });
});

describe("showing and calling a stored number", () => {
  it("groups mobiles 4-3-3 and landlines 4-4-3, and calls +84", () => {
    expect(formatPhone("0912345678")).toBe("0912 345 678");
    expect(formatPhone("02223851234")).toBe("0222 3851 234");
    expect(phoneHref("0912345678")).toBe("tel:+84912345678");
  });
});
