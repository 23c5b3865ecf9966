// The boundary import on the small tree: a bad file is refused naming the feature, in the reader's
// language, and writes nothing; a good one is previewed (nothing written) listing the code that is
// no unit of the month and the units of the province still without a shape, then written with one
// audit entry; the stored shapes are the file's, keyed by unit id; importing again replaces them; a
// confirmation with another month's fingerprint is refused; a provincial official is refused.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { importBoundariesSpec, type BoundaryPreview } from "@/lib/map/import-boundaries";
import { getUnitBoundaries } from "@/lib/queries/get-unit-boundaries";

import { squaresGeoJson, UNKNOWN_SQUARE_CODE } from "../fixtures/boundary-squares";
import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let admin: ActionUser;
let official: ActionUser;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});

beforeAll(async () => {
  tree = await createSmallTree(db);
  admin = await createTestUser(db, { username: "admin.ranhgioi", role: "ADMIN", scopeUnitId: tree.vn.id });
  official = await createTestUser(db, {
    username: "tinh.ranhgioi",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
  return () => quiet.mockRestore();
});

const geojson = (value: unknown) => new File([JSON.stringify(value)], "ranh-gioi.geojson");

async function run(
  user: ActionUser,
  file: File,
  month: string,
  intent: "preview" | "apply",
  fingerprint?: string,
  locale: "vi" | "en" = "vi",
) {
  const result = await runAuthedAction(
    importBoundariesSpec,
    { file, month, intent, ...(fingerprint ? { fingerprint } : {}) },
    { ...actionEnvironment(user), messages: async () => MESSAGES[locale] },
  );
  return { ...result, preview: result.data as BoundaryPreview | undefined };
}

const auditCount = () => db.auditEntry.count({ where: { action: "boundary.import" } });
const storedCount = () => db.unitBoundary.count();

describe("boundary import", () => {
  it("refuses a bad file naming the feature, in the reader's language, and writes nothing", async () => {
    const bad = squaresGeoJson(["20001", "20002"]);
    (bad.features[1]!.geometry as { type: string }).type = "LineString";
    const result = await run(admin, geojson(bad), "2025-09", "preview", undefined, "en");
    expect(result.ok).toBe(false);
    expect(result.preview?.issues).toEqual([{ code: "geometryType", feature: 2, type: "LineString" }]);
    expect(result.fieldErrors.file?.[0]).toMatch(/1 problems/);
    const notJson = await run(admin, new File(["{"], "x.geojson"), "2025-09", "preview");
    expect(notJson.preview?.issues).toEqual([{ code: "notJson" }]);
    expect(notJson.fieldErrors.file?.[0]).toMatch(/Tệp có 1 lỗi/);
    expect(await storedCount()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("previews without writing, lists the unknown code and the units without a shape, then saves", async () => {
    const file = geojson(squaresGeoJson(["20001", UNKNOWN_SQUARE_CODE]));
    const preview = await run(admin, file, "2025-09", "preview");
    expect(preview.ok, preview.message ?? "").toBe(true);
    expect(preview.preview).toMatchObject({
      shapes: 2,
      counts: { created: 1, replaced: 0, unknown: 1, missing: 1 },
      unknown: [{ code: UNKNOWN_SQUARE_CODE, feature: 2 }],
      missing: [{ code: "20002", name: "Phường Cát Mới" }],
      applied: false,
    });
    expect(await storedCount()).toBe(0);

    const saved = await run(admin, file, "2025-09", "apply", preview.preview!.fingerprint!);
    expect(saved.ok, saved.message ?? "").toBe(true);
    expect(saved.message).toBe("Đã lưu 1 ranh giới.");
    const stored = await db.unitBoundary.findMany();
    expect(stored.map((row) => [row.unitId, row.importedById])).toEqual([[tree.fresh["20001"], admin.id]]);
    const shapes = await getUnitBoundaries([tree.fresh["20001"]!, tree.fresh["20002"]!]);
    expect([...shapes.keys()]).toEqual([tree.fresh["20001"]]);
    expect(shapes.get(tree.fresh["20001"]!)).toEqual(squaresGeoJson(["20001"]).features[0]!.geometry);
    const [entry] = await db.auditEntry.findMany({ where: { action: "boundary.import" } });
    expect(entry).toMatchObject({ userId: admin.id, entityType: "unit_boundary", entityId: "2025-09" });
    expect(entry!.after).toMatchObject({ created: 1, replaced: 0, skipped: [UNKNOWN_SQUARE_CODE], units: ["20001"] });
  });

  it("replaces a stored shape; the codes of another month's units are unknown", async () => {
    const moved = squaresGeoJson(["20001", "20002"], { property: "code", origin: [105, 10] });
    const preview = await run(admin, geojson(moved), "2025-09", "preview");
    expect(preview.preview?.counts).toEqual({ created: 1, replaced: 1, unknown: 0, missing: 0 });
    const saved = await run(admin, geojson(moved), "2025-09", "apply", preview.preview!.fingerprint!);
    expect(saved.ok).toBe(true);
    const shapes = await getUnitBoundaries([tree.fresh["20001"]!]);
    expect(shapes.get(tree.fresh["20001"]!)).toEqual(moved.features[0]!.geometry);
    expect(await auditCount()).toBe(2);

    // June 2025: 20001 did not exist yet; nothing of the file is a unit then.
    const june = await run(admin, geojson(moved), "2025-06", "preview");
    expect(june.ok).toBe(false);
    expect(june.preview?.counts).toMatchObject({ created: 0, replaced: 0, unknown: 2 });
  });

  it("refuses a confirmation whose preview was of another month, and a provincial official", async () => {
    const file = geojson(squaresGeoJson(["10001"]));
    const june = await run(admin, file, "2025-06", "preview");
    const other = await run(admin, file, "2025-05", "apply", june.preview!.fingerprint!);
    expect(other.ok).toBe(false);
    const refused = await run(official, geojson(squaresGeoJson(["20001"])), "2025-09", "preview");
    expect(refused.ok).toBe(false);
    expect(await auditCount()).toBe(2);
    expect(await db.unitBoundary.count({ where: { unitId: tree.old["10001"] } })).toBe(0);
  });
});
