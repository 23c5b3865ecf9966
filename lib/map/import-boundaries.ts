// The server action behind the boundary import (/admin/units/import, fourth form): read the GeoJSON
// file (./boundary-file.ts), match its codes to the units valid in the chosen month, and answer with
// a preview: the shapes new and replaced, the codes that are no unit of the month (skipped) and the
// units of the same provinces still without a shape. On confirmation, the same file and month (the
// preview's fingerprint) write the matched shapes in one transaction with one audit entry.
import { createHash } from "node:crypto";

import { Prisma } from "@prisma/client";

import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { monthToDate } from "@/lib/period";
import { baseUnitsOf, validOn } from "@/lib/units/unit-in-month";
import { boundaryImportSchema } from "@/lib/validation/boundary-import";

import { readBoundaryFile, type BoundaryFileIssue, type BoundaryFileResult, type BoundaryShape } from "./boundary-file";

/** Codes and units listed in the preview, at most (the counts are whole). */
const SHOWN_UNITS = 200;

type UnitListed = { code: string; name: string };

export type BoundaryPreview = {
  fileName: string;
  month: string;
  shapes: number;
  fingerprint: string | null;
  counts: { created: number; replaced: number; unknown: number; missing: number };
  /** Codes of the file that are no unit of the month, with their feature's number. */
  unknown: { code: string; feature: number }[];
  /** Base units of the provinces the file touches that have no shape, in the file or stored. */
  missing: UnitListed[];
  issues: BoundaryFileIssue[];
  applied: boolean;
};

type Matched = { unitId: number; shape: BoundaryShape; stored: boolean };

export const importBoundariesSpec = defineAction(
  "boundary.import",
  boundaryImportSchema,
  "unit:import",
  async (input, { tx, t, user }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const empty = { shapes: 0, counts: { created: 0, replaced: 0, unknown: 0, missing: 0 }, unknown: [], missing: [] };
    const base = { fileName: input.file.name, month: input.month, applied: false };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = "";
    }
    const read: BoundaryFileResult =
      text === "" ? { ok: false, issues: [{ code: "notJson" }] } : readBoundaryFile(text);
    if (!read.ok) {
      const preview: BoundaryPreview = { ...base, ...empty, fingerprint: null, issues: read.issues };
      const errors = { file: [fill(t.boundaries.import.fileHasIssues, { count: read.issues.length })] };
      throw new ActionRefusal(t.actions.invalidInput, errors, undefined, preview);
    }

    const day = monthToDate(input.month);
    const codes = read.shapes.map((shape) => shape.unitCode);
    const units = await tx.$queryRaw<{ id: number; code: string; stored: boolean }[]>`
      SELECT u.id, u.code, EXISTS (SELECT 1 FROM unit_boundary b WHERE b.unit_id = u.id) AS stored
      FROM unit u
      WHERE u.code IN (${Prisma.join(codes)}) AND ${validOn("u", day)}`;
    const unitOf = new Map(units.map((unit) => [unit.code, unit]));
    const matched: Matched[] = [];
    const unknown: BoundaryPreview["unknown"] = [];
    for (const shape of read.shapes) {
      const unit = unitOf.get(shape.unitCode);
      if (unit) matched.push({ unitId: unit.id, shape, stored: unit.stored });
      else unknown.push({ code: shape.unitCode, feature: shape.feature });
    }
    const missing = await unitsWithoutShape(
      tx,
      matched.map((match) => match.unitId),
      day,
    );
    const fingerprint = createHash("sha256").update(bytes).update(`\n${input.month}`).digest("hex");
    const preview: BoundaryPreview = {
      ...base,
      shapes: read.shapes.length,
      fingerprint: matched.length > 0 ? fingerprint : null,
      counts: {
        created: matched.filter((match) => !match.stored).length,
        replaced: matched.filter((match) => match.stored).length,
        unknown: unknown.length,
        missing: missing.length,
      },
      unknown: unknown.slice(0, SHOWN_UNITS),
      missing: missing.slice(0, SHOWN_UNITS),
      issues: [],
    };
    if (matched.length === 0) throw new ActionRefusal(t.boundaries.import.nothingToSave, {}, undefined, preview);
    if (input.intent === "preview") return { audit: null, data: preview };
    if (input.fingerprint !== fingerprint)
      throw new ActionRefusal(t.boundaries.import.changedSincePreview, {}, undefined, preview);

    for (const { unitId, shape } of matched) {
      const geometry = shape.geometry as unknown as Prisma.InputJsonValue;
      await tx.unitBoundary.upsert({
        where: { unitId },
        create: { unitId, geometry, importedById: user.id },
        update: { geometry, importedById: user.id, importedAt: new Date() },
      });
    }
    return {
      audit: {
        action: "boundary.import",
        entityType: "unit_boundary",
        entityId: input.month,
        after: {
          file: input.file.name,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          month: input.month,
          created: preview.counts.created,
          replaced: preview.counts.replaced,
          skipped: unknown.map((item) => item.code),
          units: matched.map((match) => match.shape.unitCode),
        },
      },
      message: fill(t.boundaries.import.imported, { count: matched.length }),
      data: { ...preview, applied: true },
    };
  },
  { revalidate: ["/admin/units/import"], transaction: { maxWait: 10_000, timeout: 120_000 } },
);

/**
 * The base units valid on `day` of the provinces (level 1) the matched units belong to that have no
 * shape, neither stored nor among the matched ones.
 */
async function unitsWithoutShape(tx: Prisma.TransactionClient, unitIds: number[], day: Date): Promise<UnitListed[]> {
  if (unitIds.length === 0) return [];
  const provinces = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT c.ancestor_id AS id
    FROM unit_closure c JOIN unit p ON p.id = c.ancestor_id
    WHERE c.descendant_id IN (${Prisma.join(unitIds)}) AND p.level = 1`;
  const missing: UnitListed[] = [];
  for (const { id } of provinces) {
    const rows = await tx.$queryRaw<UnitListed[]>`
      SELECT u.code, u.name FROM unit u
      WHERE u.id IN (${baseUnitsOf(id, day)})
        AND u.id NOT IN (${Prisma.join(unitIds)})
        AND NOT EXISTS (SELECT 1 FROM unit_boundary b WHERE b.unit_id = u.id)
      ORDER BY u.code`;
    missing.push(...rows);
  }
  return missing;
}
