// The demo seed's successions are what the succession import would write: importing the seed's own
// table again (prisma/seed/data/ward-successions-2025-07.csv) changes nothing, province links
// included. Old An Giang (89), one of whose communes went to Đồng Tháp outside the demo, is only
// partly in new An Giang (91); every other old province went whole into one new province.
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed-demo";

import { createTestUser } from "../fixtures/users";
import { file, previewSuccessions } from "../helpers/unit-import";

const SEED_TABLE = path.resolve(__dirname, "../../prisma/seed/data/ward-successions-2025-07.csv");

beforeAll(async () => {
  await seedDemo(db, { from: "2025-06", to: "2025-07", today: new Date("2025-08-15T00:00:00Z") });
});

it("links the old provinces to the new ones as the import derives them", async () => {
  const links = await db.unitSuccession.findMany({
    where: { predecessor: { level: 1 } },
    select: {
      kind: true,
      shareBp: true,
      predecessor: { select: { code: true } },
      successor: { select: { code: true } },
    },
  });
  const described = links
    .map((link) => `${link.predecessor.code}→${link.successor.code} ${link.kind} ${link.shareBp ?? "-"}`)
    .sort();
  expect(described).toEqual([
    "24→24 FULL 10000",
    "27→24 FULL 10000",
    "89→91 PARTIAL -",
    "91→91 FULL 10000",
    "95→96 FULL 10000",
    "96→96 FULL 10000",
  ]);
});

it("changes nothing when the seed's own succession table is imported again", async () => {
  const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
  const admin = await createTestUser(db, { username: "seed.admin", role: "ADMIN", scopeUnitId: country.id });
  const preview = await previewSuccessions(
    admin,
    file(new Uint8Array(readFileSync(SEED_TABLE)), "ke-thua.csv"),
    "2025-07",
  );
  expect(preview.data?.issues).toEqual([]);
  expect(preview.data).toMatchObject({ changes: 0, counts: { written: 0, removed: 0, unchanged: 809 } });
});
