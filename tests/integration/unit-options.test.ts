// The unit lists of the plan and campaign forms (lib/queries/unit-options.ts): today's units first,
// then the ended ones, each unit under its parent; the plan's list offers the country, provinces and
// districts only.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getCampaignUnitOptions } from "@/lib/queries/get-campaign-unit-options";
import { getPlanScopeOptions } from "@/lib/queries/get-plan-scope-options";

import { createSmallTree } from "../fixtures/small-tree";

let admin: ScopedUser;
let official: ScopedUser;

beforeAll(async () => {
  const tree = await createSmallTree(db);
  admin = { role: "ADMIN", scopeUnitId: tree.vn.id };
  official = { role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.newProvince.id };
});

const listed = (options: { name: string; ended: boolean }[]) =>
  options.map((option) => `${option.ended ? "ended " : ""}${option.name}`);

describe("the unit lists of the plan and campaign forms", () => {
  it("lists a campaign's units today's first, each under its parent", async () => {
    expect(listed(await getCampaignUnitOptions(admin))).toEqual([
      "Tỉnh Mới",
      "Xã An Bình",
      "Phường Cát Mới",
      "ended Tỉnh Cũ",
      "ended Huyện Một",
      "ended Xã An",
      "ended Xã Bình",
      "ended Thị xã Hai",
      "ended Phường Cát",
    ]);
  });

  it("offers a plan's scope among the country, provinces and districts only", async () => {
    expect(listed(await getPlanScopeOptions(admin))).toEqual([
      "Việt Nam",
      "Tỉnh Mới",
      "ended Tỉnh Cũ",
      "ended Huyện Một",
      "ended Thị xã Hai",
    ]);
  });

  it("keeps to the user's scope", async () => {
    expect(listed(await getCampaignUnitOptions(official))).toEqual(["Tỉnh Mới", "Xã An Bình", "Phường Cát Mới"]);
  });
});
