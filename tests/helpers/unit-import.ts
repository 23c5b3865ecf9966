// Helpers for the unit-import tests: the reference lists in ../shared/data (never copied into the
// repository), real .xlsx workbooks written with exceljs, and the two-step import (preview, then
// confirm with the preview's fingerprint) run through the real server actions.
import ExcelJS from "exceljs";
import { expect } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { importSuccessionTableSpec, type SuccessionPreview } from "@/lib/units/import-succession-table";
import { importUnitListSpec, type UnitListPreview } from "@/lib/units/import-unit-list";

import { actionEnvironment } from "./action-environment";

export { REFERENCE_DATA_DIR, hasReferenceData, referenceFile, referenceRows } from "./reference-data";

/** A workbook with optional title rows, then a header and the rows (every cell as text unless a number). */
export async function workbook(
  header: string[],
  rows: (string | number)[][],
  titleRows: string[] = [],
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh mục");
  for (const title of titleRows) sheet.addRow([title]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export function csvFile(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(text));
}

export function file(bytes: Uint8Array<ArrayBuffer>, name: string): File {
  return new File([bytes], name);
}

type Step<Preview> = {
  ok: boolean;
  message: string | null;
  data?: Preview;
  fieldErrors: Record<string, string[] | undefined>;
};

/** What a unit list covers, as the form declares it: the whole country, or named provinces ("24, 96"). */
export type Declared = { coverage: "country" } | { coverage: "provinces"; provinces: string };
export const WHOLE_COUNTRY: Declared = { coverage: "country" };

export async function previewUnitList(
  admin: ActionUser,
  upload: File,
  validFrom: string,
  declared: Declared = WHOLE_COUNTRY,
): Promise<Step<UnitListPreview>> {
  return runAuthedAction(
    importUnitListSpec,
    { file: upload, validFrom, intent: "preview", ...declared },
    actionEnvironment(admin),
  );
}

/** Confirms a preview as the form does: its fingerprint, and the number typed (by default the one asked for; null: nothing typed). */
export async function confirmUnitList(
  admin: ActionUser,
  upload: File,
  validFrom: string,
  declared: Declared,
  preview: UnitListPreview,
  typed: string | null = preview.warning ? String(preview.warning.affected) : null,
): Promise<Step<UnitListPreview>> {
  return runAuthedAction(
    importUnitListSpec,
    {
      file: upload,
      validFrom,
      intent: "apply",
      fingerprint: preview.fingerprint!,
      ...declared,
      ...(typed === null ? {} : { confirmation: typed }),
    },
    actionEnvironment(admin),
  );
}

/** Preview, check it has no issues, then confirm (typing the number asked for): returns the preview that was confirmed. */
export async function importUnitList(
  admin: ActionUser,
  upload: File,
  validFrom: string,
  declared: Declared = WHOLE_COUNTRY,
): Promise<UnitListPreview> {
  const preview = await previewUnitList(admin, upload, validFrom, declared);
  expect(preview.data?.issues ?? [], preview.message ?? "").toEqual([]);
  const applied = await confirmUnitList(admin, upload, validFrom, declared, preview.data!);
  expect(applied.ok, applied.message ?? "").toBe(true);
  return preview.data!;
}

export async function previewSuccessions(
  admin: ActionUser,
  upload: File,
  effectiveOn: string,
): Promise<Step<SuccessionPreview>> {
  return runAuthedAction(
    importSuccessionTableSpec,
    { file: upload, effectiveOn, intent: "preview" },
    actionEnvironment(admin),
  );
}

export async function importSuccessions(
  admin: ActionUser,
  upload: File,
  effectiveOn: string,
): Promise<SuccessionPreview> {
  const preview = await previewSuccessions(admin, upload, effectiveOn);
  expect(preview.data?.issues ?? [], preview.message ?? "").toEqual([]);
  const applied = await runAuthedAction(
    importSuccessionTableSpec,
    { file: upload, effectiveOn, intent: "apply", fingerprint: preview.data!.fingerprint! },
    actionEnvironment(admin),
  );
  expect(applied.ok, applied.message ?? "").toBe(true);
  return preview.data!;
}
