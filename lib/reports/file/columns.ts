// The columns of a report file (import template, export, files people make themselves): one row per
// base unit and month. The app writes the headers in the user's language; headers in either language,
// without diacritics, and a few usual variants are accepted when reading.
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { foldDiacritics } from "@/lib/text/fold";
import {
  GROUP_FIELDS,
  groupFieldKey,
  UNIT_FIELDS,
  type GroupField,
  type ReportField,
  type UnitField,
} from "@/lib/validation/report-values";

/**
 * Columns that identify the row or only inform (the unit's name, the report's status, and in an
 * export across group sets the set whose groups the row's group columns hold).
 */
export const KEY_COLUMNS = ["unitCode", "unitName", "month", "status", "groupSet"] as const;
export type KeyColumn = (typeof KEY_COLUMNS)[number];

/** A column of a report file: a key column or a report field (`population`, `g1.insured`…). */
export type ColumnKey = KeyColumn | ReportField;

const KEY_HEADERS: Record<KeyColumn, { vi: string; en: string; variants: string[] }> = {
  unitCode: { vi: "Mã đơn vị", en: "Unit code", variants: ["Mã ĐVHC", "Mã xã", "Mã"] },
  unitName: { vi: "Tên đơn vị", en: "Unit name", variants: ["Đơn vị", "Tên xã", "Unit"] },
  month: { vi: "Tháng", en: "Month", variants: ["Kỳ báo cáo", "Period"] },
  status: { vi: "Trạng thái", en: "Status", variants: ["Tình trạng"] },
  groupSet: { vi: "Danh mục nhóm", en: "Group set", variants: [] },
};

const UNIT_FIELD_HEADERS: Record<UnitField, { vi: string; en: string; variants: string[] }> = {
  population: { vi: "Dân số", en: "Population", variants: [] },
  voluntarySocialInsured: {
    vi: "BHXH tự nguyện: tham gia",
    en: "Voluntary social insurance: participants",
    variants: ["BHXH tự nguyện: số người tham gia", "BHXH TN: tham gia"],
  },
  voluntarySocialAssigned: {
    vi: "BHXH tự nguyện: được giao",
    en: "Voluntary social insurance: assigned",
    variants: ["BHXH tự nguyện: số được giao", "BHXH tự nguyện: chỉ tiêu giao", "BHXH TN: được giao"],
  },
};

const GROUP_FIELD_HEADERS: Record<GroupField, { vi: string; en: string; variants: string[] }> = {
  insured: { vi: "Có thẻ", en: "Insured", variants: ["Số người có thẻ", "Số có thẻ", "People insured"] },
  eligible: { vi: "Thuộc diện", en: "Eligible", variants: ["Số người thuộc diện", "Đối tượng", "People eligible"] },
  newlyEnrolled: { vi: "Tham gia mới", en: "New enrollments", variants: ["Mới", "New"] },
  renewed: { vi: "Tái tục", en: "Renewals", variants: ["Gia hạn", "Renewed"] },
};

/** The header the app writes for a column in `locale` ("Nhóm 1 – Có thẻ", "Group 1 – Insured"). */
export function columnHeader(column: ColumnKey, locale: Locale): string {
  if (column in KEY_HEADERS) return KEY_HEADERS[column as KeyColumn][locale];
  if (column in UNIT_FIELD_HEADERS) return UNIT_FIELD_HEADERS[column as UnitField][locale];
  const [, code, field] = /^g([^.]+)\.(\w+)$/.exec(column) as unknown as [string, string, GroupField];
  return `${fill(MESSAGES[locale].reportWorkbook.group, { code })} – ${GROUP_FIELD_HEADERS[field][locale]}`;
}

/** The columns of a file for the given group codes, in the order the app writes them. */
export function fileColumns(groupCodes: readonly string[], { status = false, groupSet = false } = {}): ColumnKey[] {
  return [
    "unitCode",
    "unitName",
    "month",
    ...(groupSet ? (["groupSet"] as const) : []),
    ...UNIT_FIELDS,
    ...groupCodes.flatMap((code) => GROUP_FIELDS.map((field) => groupFieldKey(code, field))),
    ...(status ? (["status"] as const) : []),
  ];
}

/** Lower case, without diacritics (đ → d), one kind of dash, no spaces around dashes and colons. */
export function normaliseHeader(text: string): string {
  return foldDiacritics(text)
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\s*([-:])\s*/g, "$1")
    .trim();
}

const namedColumns = new Map<string, ColumnKey>();
for (const [key, names] of [...Object.entries(KEY_HEADERS), ...Object.entries(UNIT_FIELD_HEADERS)]) {
  for (const name of [names.vi, names.en, ...names.variants]) namedColumns.set(normaliseHeader(name), key as ColumnKey);
}
const groupFieldNames = new Map<string, GroupField>();
for (const [field, names] of Object.entries(GROUP_FIELD_HEADERS)) {
  for (const name of [names.vi, names.en, ...names.variants])
    groupFieldNames.set(normaliseHeader(name), field as GroupField);
}

/** The column a header names, or null when it names none ("Nhóm 1 – Có thẻ" → "g1.insured"). */
export function columnForHeader(header: string): ColumnKey | null {
  const text = normaliseHeader(header);
  const named = namedColumns.get(text);
  if (named) return named;
  const group = /^(?:nhom|group)\s?([0-9a-z]+)[-:](.+)$/.exec(text);
  if (!group) return null;
  const field = groupFieldNames.get(group[2]!);
  return field ? groupFieldKey(group[1]!, field) : null;
}

/** The group code of a group column, or null for other columns. */
export function groupCodeOf(column: ColumnKey): string | null {
  return /^g([^.]+)\./.exec(column)?.[1] ?? null;
}
