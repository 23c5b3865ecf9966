import { describe, expect, it } from "vitest";

import { readUnitParamValue, unitParamValue } from "@/lib/reports/unit-param-value";

describe("?unit= of the report forms", () => {
  it("is the code of a unit that exists today, and the code with its last month for one that ended", () => {
    expect(unitParamValue({ code: "24", validTo: null })).toBe("24");
    // valid_to is the first day it no longer exists: old Bắc Giang's last month is June 2025.
    expect(unitParamValue({ code: "24", validTo: new Date(Date.UTC(2025, 6, 1)) })).toBe("24@2025-06");
  });

  it("reads back the code and the month, and takes anything else for a plain code", () => {
    expect(readUnitParamValue("24@2025-06")).toEqual({ code: "24", month: "2025-06" });
    expect(readUnitParamValue("24")).toEqual({ code: "24", month: null });
    expect(readUnitParamValue("24@2025-13")).toEqual({ code: "24@2025-13", month: null });
    expect(readUnitParamValue("@2025-06")).toEqual({ code: "@2025-06", month: null });
  });
});
