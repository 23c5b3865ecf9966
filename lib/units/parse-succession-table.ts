// A succession table: one row per (old unit, new unit) pair, full or partial, with an optional
// share of the old unit's population for a partial one. Accepted columns: the reference file's
// (old_ward_code, old_ward_name, old_province_code, new_ward_code, new_ward_name, new_province_code,
// merge_kind, and optionally share_percent) or Vietnamese ones (Mã ĐV cũ, Tên ĐV cũ, Mã tỉnh cũ,
// Mã ĐV mới, Tên ĐV mới, Loại: "toàn bộ"/"một phần", Tỷ lệ (%)). Rows are checked on their own and
// against each other (duplicate pairs, a full succession beside others, shares that do not add up);
// whether the codes exist is checked against the database (./prepare-succession-import.ts).
import type { SuccessionKind } from "@prisma/client";

import type { ImportIssue } from "./import-issues";
import type { TableRow } from "./read-table-file";
import { WHOLE_BP } from "./succession-shares";
import { cellOf, findColumns, type FieldAliases } from "./table-layout";

type Field = "oldCode" | "oldName" | "oldProvinceCode" | "newCode" | "newName" | "kind" | "share";

const ALIASES: FieldAliases<Field> = {
  oldCode: ["Mã ĐV cũ", "Mã đơn vị cũ", "Mã cũ", "Mã PX cũ", "old_ward_code", "old_code"],
  oldName: ["Tên ĐV cũ", "Tên đơn vị cũ", "Tên cũ", "old_ward_name", "old_name"],
  oldProvinceCode: ["Mã tỉnh cũ", "Mã TP cũ", "old_province_code"],
  newCode: ["Mã ĐV mới", "Mã đơn vị mới", "Mã mới", "Mã PX mới", "new_ward_code", "new_code"],
  newName: ["Tên ĐV mới", "Tên đơn vị mới", "Tên mới", "new_ward_name", "new_name"],
  kind: ["Loại", "Hình thức", "Loại kế thừa", "merge_kind", "kind"],
  share: ["Tỷ lệ (%)", "Tỷ lệ", "Tỷ lệ dân số (%)", "share_percent", "share"],
};

const REQUIRED: readonly Field[] = ["oldCode", "newCode", "kind"];

const KIND_NAMES: Record<string, SuccessionKind> = {
  full: "FULL",
  "toàn bộ": "FULL",
  "toan bo": "FULL",
  partial: "PARTIAL",
  "một phần": "PARTIAL",
  "mot phan": "PARTIAL",
};

/** The Vietnamese headings as the import page names them: the required ones (the kind with its two
 * values), then the optional share. */
export const SUCCESSION_HEADINGS = {
  required: REQUIRED.map((field) =>
    field === "kind" ? `${ALIASES.kind[0]} (toàn bộ / một phần)` : ALIASES[field][0]!,
  ),
  share: ALIASES.share[0]!,
};

/** A commune code (5 digits) or a district code (3 digits: island districts had no communes). */
const CODE_PATTERN = /^(\d{3}|\d{5})$/;

export type SuccessionRow = {
  row: number;
  oldCode: string;
  oldName: string;
  oldProvinceCode: string;
  newCode: string;
  kind: SuccessionKind;
  shareBp: number | null;
  /** Headers as written in the file, to name columns in later issues. */
  columns: { oldCode: string; newCode: string; kind: string; share: string };
};

export type SuccessionTableParse = { ok: true; rows: SuccessionRow[] } | { ok: false; issues: ImportIssue[] };

export function parseSuccessionTable(rows: readonly TableRow[]): SuccessionTableParse {
  const columns = findColumns(rows, ALIASES, REQUIRED);
  if (!columns)
    return { ok: false, issues: [{ code: "noHeader", expected: REQUIRED.map((field) => ALIASES[field][0]!) }] };
  const label = {
    oldCode: columns.label.oldCode!,
    newCode: columns.label.newCode!,
    kind: columns.label.kind!,
    share: columns.label.share ?? ALIASES.share[0]!,
  };
  const issues: ImportIssue[] = [];
  const parsed: SuccessionRow[] = [];
  const firstRowOfPair = new Map<string, number>();

  for (const row of rows.slice(columns.headerIndex + 1)) {
    const text = (field: Field) => cellOf(row, columns, field).text;
    const code = (field: "oldCode" | "newCode") => {
      const cell = cellOf(row, columns, field);
      // A number cell lost its leading zeros: a commune code has 5 digits (districts are 3).
      const value =
        cell.numeric && /^\d+$/.test(cell.text) && cell.text.length > 3 ? cell.text.padStart(5, "0") : cell.text;
      if (value === "") issues.push({ code: "required", row: row.rowNumber, column: label[field] });
      else if (!CODE_PATTERN.test(value))
        issues.push({ code: "codeFormat", row: row.rowNumber, column: label[field], value, digits: 5 });
      else return value;
      return null;
    };
    const oldCode = code("oldCode");
    const newCode = code("newCode");
    const kindText = text("kind");
    const kind = KIND_NAMES[kindText.toLocaleLowerCase("vi")];
    if (kindText === "") issues.push({ code: "required", row: row.rowNumber, column: label.kind });
    else if (!kind) issues.push({ code: "unknownKind", row: row.rowNumber, column: label.kind, value: kindText });
    const shareBp = readShare(text("share"));
    if (shareBp === "invalid")
      issues.push({ code: "shareFormat", row: row.rowNumber, column: label.share, value: text("share") });
    else if (kind === "FULL" && shareBp !== null && shareBp !== WHOLE_BP)
      issues.push({ code: "shareOnFull", row: row.rowNumber, column: label.share });
    if (!oldCode || !newCode || !kind || shareBp === "invalid") continue;

    const pair = `${oldCode}>${newCode}`;
    const firstRow = firstRowOfPair.get(pair);
    if (firstRow !== undefined) {
      issues.push({ code: "duplicatePair", row: row.rowNumber, column: label.newCode, oldCode, newCode, firstRow });
      continue;
    }
    firstRowOfPair.set(pair, row.rowNumber);
    parsed.push({
      row: row.rowNumber,
      oldCode,
      oldName: text("oldName"),
      oldProvinceCode: text("oldProvinceCode"),
      newCode,
      kind,
      shareBp: kind === "FULL" ? WHOLE_BP : shareBp,
      columns: label,
    });
  }
  issues.push(...checkPredecessors(parsed));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: parsed };
}

/** A percentage ("45", "45,5", "45.5 %") as basis points; null when empty. */
function readShare(text: string): number | null | "invalid" {
  if (text === "") return null;
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(text);
  if (!match) return "invalid";
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bp > 0 && bp <= WHOLE_BP ? bp : "invalid";
}

/** The rows of one old unit must describe it whole: see lib/units/succession-shares.ts. */
function checkPredecessors(rows: readonly SuccessionRow[]): ImportIssue[] {
  const byOld = new Map<string, SuccessionRow[]>();
  for (const row of rows) byOld.set(row.oldCode, [...(byOld.get(row.oldCode) ?? []), row]);
  const issues: ImportIssue[] = [];
  for (const [unitCode, own] of byOld) {
    const last = own[own.length - 1]!;
    const at = { row: last.row, column: last.columns.kind, unitCode };
    if (own.some((row) => row.kind === "FULL") && own.length > 1) {
      issues.push({ code: "fullWithOthers", ...at });
      continue;
    }
    if (own.length === 1 && last.kind === "PARTIAL") {
      issues.push({ code: "singlePartial", ...at });
      continue;
    }
    const given = own.filter((row) => row.kind === "PARTIAL" && row.shareBp !== null);
    const totalBp = given.reduce((sum, row) => sum + (row.shareBp ?? 0), 0);
    const shareAt = { ...at, column: last.columns.share };
    // Successors without a share take what the given shares leave: something must be left.
    if (totalBp > WHOLE_BP || (totalBp === WHOLE_BP && given.length < own.length))
      issues.push({ code: "sharesOver", ...shareAt, totalBp });
    else if (given.length === own.length && own[0]!.kind === "PARTIAL" && totalBp !== WHOLE_BP) {
      issues.push({ code: "sharesIncomplete", ...shareAt, totalBp });
    }
  }
  return issues;
}
