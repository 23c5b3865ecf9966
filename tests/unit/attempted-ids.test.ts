// What the security log keeps of a refused request: the ids, codes and month it named, as sent,
// and never more than a bounded amount (a hostile request must not make the log row large).
import { describe, expect, it } from "vitest";

import { attemptedIds } from "@/lib/security/attempted-ids";

describe("attemptedIds", () => {
  it("keeps the identifying fields of a form and leaves out the rest", () => {
    const form = new FormData();
    form.set("reportId", "42");
    form.set("version", "3");
    form.set("comment", "ghi chú");
    form.set("password", "mot-mat-khau-dai");
    form.set("$ACTION_ID_abc", "");
    form.set("file", new File(["x"], "a.csv"));
    form.append("unitCode", "22001");
    form.append("unitCode", "22002");
    form.set("month", "2025-08");
    expect(attemptedIds(form)).toEqual({ reportId: "42", unitCode: ["22001", "22002"], month: "2025-08" });
  });

  it("reads plain objects too, numbers included", () => {
    expect(attemptedIds({ userId: "u-1", scopeUnitId: 7, id: 3, name: "A" })).toEqual({
      userId: "u-1",
      scopeUnitId: "7",
      id: "3",
    });
  });

  it("answers null when the request named nothing", () => {
    expect(attemptedIds({ name: "A", password: "b" })).toBeNull();
  });

  it("bounds what it keeps: fields, values per field and their length", () => {
    const input: Record<string, unknown> = {
      unitId: Array.from({ length: 100 }, (_, i) => String(i)),
      planId: "9".repeat(10_000),
    };
    for (let i = 0; i < 50; i++) input[`field${i}Id`] = String(i);
    const ids = attemptedIds(input)!;
    expect(Object.keys(ids)).toHaveLength(12);
    expect(ids.unitId).toHaveLength(20);
    expect(ids.planId).toHaveLength(64);
  });
});
