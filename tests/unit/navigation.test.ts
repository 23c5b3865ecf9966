// The destinations each role finds in the header and the phone's bottom bar, and which one a page
// belongs to.
import type { Role, UnitKind } from "@prisma/client";
import { describe, expect, it } from "vitest";

import { currentDestination, navigationFor } from "@/lib/auth/navigation";

function user(role: Role, code: string, kind: UnitKind, validTo: Date | null = null) {
  return { role, scopeUnit: { code, kind, validTo } };
}

const REORGANISED = new Date(Date.UTC(2025, 6, 1));

describe("destinations per role", () => {
  it.each([
    ["commune staff", user("COMMUNE_STAFF", "07777", "WARD"), ["dashboard", "report", "plans", "import", "export"], []],
    [
      "a provincial official",
      user("PROVINCIAL_OFFICIAL", "24", "PROVINCE"),
      ["dashboard", "review", "plans", "import", "export"],
      ["users", "audit"],
    ],
    [
      "a district officer",
      user("DISTRICT_OFFICER", "222", "TOWN", REORGANISED),
      ["dashboard", "review", "plans", "import", "export"],
      ["audit"],
    ],
    ["a leader", user("LEADER", "VN", "COUNTRY"), ["dashboard", "plans", "export"], []],
    [
      "the administrator",
      user("ADMIN", "VN", "COUNTRY"),
      ["dashboard", "plans", "import", "export"],
      ["users", "reportingRules", "groupSets", "thresholds", "units", "audit", "security"],
    ],
  ] as const)("%s", (_, who, main, admin) => {
    const navigation = navigationFor(who);
    expect(navigation.main.map((d) => d.key)).toEqual(main);
    expect(navigation.admin.map((d) => d.key)).toEqual(admin);
  });

  it("links to the user's own dashboard and review page, in the last month of a unit of the old structure", () => {
    const today = Object.fromEntries(
      navigationFor(user("PROVINCIAL_OFFICIAL", "24", "PROVINCE")).main.map((d) => [d.key, d.href]),
    );
    expect(today).toEqual({
      dashboard: "/coverage/24",
      review: "/review/24",
      plans: "/plans",
      import: "/reports/import",
      export: "/reports/export",
    });
    const old = Object.fromEntries(
      navigationFor(user("DISTRICT_OFFICER", "222", "TOWN", REORGANISED)).main.map((d) => [d.key, d.href]),
    );
    expect(old.dashboard).toBe("/coverage/222?month=2025-06");
    expect(old.review).toBe("/review/222?month=2025-06");
  });

  it("gives the monthly report only to staff of a commune", () => {
    expect(
      navigationFor(user("COMMUNE_STAFF", "07765", "COMMUNE", REORGANISED)).main.find((d) => d.key === "report")?.href,
    ).toBe("/reports");
    // A leader of a commune reads it, and does not report.
    expect(navigationFor(user("LEADER", "07777", "WARD")).main.map((d) => d.key)).not.toContain("report");
  });
});

describe("the current destination", () => {
  const staff = navigationFor(user("COMMUNE_STAFF", "07777", "WARD"));
  const official = navigationFor(user("PROVINCIAL_OFFICIAL", "24", "PROVINCE"));
  const admin = navigationFor(user("ADMIN", "VN", "COUNTRY"));
  const all = (n: ReturnType<typeof navigationFor>) => [...n.main, ...n.admin];

  it.each([
    ["/", "report"],
    ["/coverage/07777", "dashboard"],
    ["/coverage/24", "dashboard"],
    ["/reports", "report"],
    ["/reports/07777", "report"],
    ["/reports/07777/2026-10", "report"],
    ["/reports/import", "import"],
    ["/reports/import/template", "import"],
    ["/reports/export", "export"],
    ["/plans", "plans"],
    ["/plans/3/edit", "plans"],
    ["/account/password", null],
    ["/reportsx", null],
  ] as const)("commune staff on %s: %s", (path, key) => {
    expect(currentDestination(path, all(staff))).toBe(key);
  });

  it("a reviewer opening a commune's report is still reviewing", () => {
    expect(currentDestination("/review/24", all(official))).toBe("review");
    expect(currentDestination("/reports/07777/2026-10", all(official))).toBe("review");
    expect(currentDestination("/reports/export", all(official))).toBe("export");
    expect(currentDestination("/admin/users/new", all(official))).toBe("users");
  });

  it("the administrator's pages", () => {
    expect(currentDestination("/admin/units/import", all(admin))).toBe("units");
    expect(currentDestination("/admin/security", all(admin))).toBe("security");
    expect(currentDestination("/", all(admin))).toBe(null); // redirected to the dashboard
    expect(currentDestination("/reports/07777/2026-10", all(admin))).toBe(null);
  });
});
