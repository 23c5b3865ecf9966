// The scope rule on a real database: a user's scope unit covers its descendants in the structure
// of the month viewed, and across the July 2025 reorganisation the base units linked to its own by
// succession (predecessors before, successors after), with the higher units all of whose base units
// are in scope.
import type { Role } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { Month } from "@/lib/period";
import { canAccessUnit, canManageUnit, managesToday } from "@/lib/permissions/scope";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";

let tree: ScopeTree;

beforeAll(async () => {
  tree = await createScopeTree(db);
});

type Case = {
  role: Role;
  scope: keyof ScopeTree;
  month: Month;
  allowed: (keyof ScopeTree)[];
  denied: (keyof ScopeTree)[];
};

const JUNE: Month = "2025-06";
const JULY: Month = "2025-07";

const cases: [string, Case][] = [
  [
    "commune staff of an old commune sees only it in June 2025",
    {
      role: "COMMUNE_STAFF",
      scope: "c10001",
      month: JUNE,
      allowed: ["c10001"],
      denied: ["c10002", "d100", "p10", "vn", "c20001"],
    },
  ],
  [
    "… and, from July 2025, the new commune it went into",
    {
      role: "COMMUNE_STAFF",
      scope: "c10001",
      month: JULY,
      allowed: ["c20001"],
      denied: ["c20002", "n10", "c10001"],
    },
  ],
  [
    "commune staff of a new commune sees, for June 2025, the old communes it came from, and the old units made only of them",
    {
      role: "COMMUNE_STAFF",
      scope: "c20002",
      month: JUNE,
      allowed: ["c10003", "c11001", "d101", "d110", "p11"],
      denied: ["c10001", "d100", "p10", "c20002"],
    },
  ],
  [
    "a new province's official sees, for June 2025, both old provinces merged into it",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "n10",
      month: JUNE,
      allowed: ["p10", "d100", "d101", "c10001", "c10003", "p11", "d110", "c11001"],
      denied: ["p12", "d120", "c12001", "vn"],
    },
  ],
  [
    "… and long before the reorganisation too",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "n10",
      month: "2019-01",
      allowed: ["p10", "c11001"],
      denied: ["c12001"],
    },
  ],
  [
    "… and its own communes from July 2025, not another province's",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "n10",
      month: JULY,
      allowed: ["n10", "c20001", "c20002"],
      denied: ["n12", "c22001", "vn"],
    },
  ],
  [
    "an old province's official sees from July 2025 the new communes its communes went into, and the new province all of whose communes did",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "p10",
      month: JULY,
      allowed: ["n10", "c20001", "c20002"],
      denied: ["n12", "c22001"],
    },
  ],
  [
    "an old province whose commune went into a new commune sees that commune, not the new province it shares with others",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "p11",
      month: JULY,
      allowed: ["c20002"],
      denied: ["n10", "c20001", "vn"],
    },
  ],
  [
    "… nor in today's structure, long after",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "p11",
      month: "2026-12",
      allowed: ["c20002"],
      denied: ["n10", "c20001"],
    },
  ],
  [
    "… and only its own province in June 2025",
    {
      role: "PROVINCIAL_OFFICIAL",
      scope: "p10",
      month: JUNE,
      allowed: ["p10", "d101", "c10002"],
      denied: ["p11", "c11001", "vn"],
    },
  ],
  [
    "a district officer sees the district's communes, not the neighbouring district",
    {
      role: "DISTRICT_OFFICER",
      scope: "d100",
      month: JUNE,
      allowed: ["d100", "c10001", "c10002"],
      denied: ["d101", "c10003", "p10"],
    },
  ],
  [
    "when only communes are linked, a new province's leader sees the old communes, and the old units all of whose communes they are",
    {
      role: "LEADER",
      scope: "n12",
      month: JUNE,
      allowed: ["c12001", "d120", "p12"],
      denied: ["c10001", "vn"],
    },
  ],
  [
    "a national leader sees every unit of every month",
    {
      role: "LEADER",
      scope: "vn",
      month: JUNE,
      allowed: ["vn", "p10", "c11001", "c12001"],
      denied: ["c20001"],
    },
  ],
];

describe("canAccessUnit", () => {
  it.each(cases)("%s", async (_name, { role, scope, month, allowed, denied }) => {
    const user = { role, scopeUnitId: tree[scope] };
    for (const unit of allowed) expect(await canAccessUnit(user, tree[unit], month), `${unit} allowed`).toBe(true);
    for (const unit of denied) expect(await canAccessUnit(user, tree[unit], month), `${unit} denied`).toBe(false);
  });

  it("gives administrators every unit", async () => {
    const admin = { role: "ADMIN" as const, scopeUnitId: tree.c10001 };
    expect(await canAccessUnit(admin, tree.c22001, JUNE)).toBe(true);
  });
});

describe("canManageUnit (each unit judged in the last month it exists, at most the current one; only while the user's unit exists)", () => {
  it("lets a new province's official manage its new communes and the old units merged into it", async () => {
    const official = { role: "PROVINCIAL_OFFICIAL" as const, scopeUnitId: tree.n10 };
    for (const unit of ["n10", "c20001", "p10", "d100", "c11001"] as const)
      expect(await canManageUnit(official, tree[unit]), unit).toBe(true);
    for (const unit of ["vn", "n12", "c22001", "p12", "c12001"] as const)
      expect(await canManageUnit(official, tree[unit]), unit).toBe(false);
  });

  it("lets an old province's official manage nothing once the province has ended, while reading on", async () => {
    const official = { role: "PROVINCIAL_OFFICIAL" as const, scopeUnitId: tree.p10 };
    expect(await managesToday(official)).toBe(false);
    for (const unit of ["p10", "d100", "c10003", "n10", "c20002", "p11", "vn"] as const)
      expect(await canManageUnit(official, tree[unit]), unit).toBe(false);
    // Reading follows the successions as before: the old province's history and its successors.
    expect(await canAccessUnit(official, tree.c10003, JUNE)).toBe(true);
    expect(await canAccessUnit(official, tree.c20002, "2025-09")).toBe(true);
  });

  it("lets an old province's official manage its units while the province exists", async () => {
    const official = { role: "PROVINCIAL_OFFICIAL" as const, scopeUnitId: tree.p10 };
    expect(await managesToday(official, db, new Date("2025-05-15T00:00:00Z"))).toBe(true);
    expect(await managesToday({ role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.n10 })).toBe(true);
    expect(await managesToday({ role: "ADMIN", scopeUnitId: tree.c10001 })).toBe(true);
  });
});
