// The Zod pieces for the ids and unit codes a URL carries (lib/validation/ids.ts).
import { describe, expect, it } from "vitest";

import { parseId, parseUnitCode } from "@/lib/validation/ids";

describe("ids and unit codes in URLs", () => {
  it("reads an id of 1 to 9 digits above 0, and nothing else", () => {
    expect(parseId("12")).toBe(12);
    expect(parseId("999999999")).toBe(999_999_999);
    for (const value of [undefined, "", "0", "-1", "1.5", "1e3", " 1", "1234567890", "abc", 7])
      expect(parseId(value)).toBeNull();
  });

  it("reads a unit code as written, leading zeros kept", () => {
    expect(parseUnitCode("07765")).toBe("07765");
    expect(parseUnitCode("VN")).toBe("VN");
    for (const value of [undefined, "", "24;drop", "../24", "2 4"]) expect(parseUnitCode(value)).toBeNull();
  });
});
