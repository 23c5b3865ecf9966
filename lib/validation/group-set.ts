// Zod schema of a new set of participant groups (lib/reports/manage-group-sets.ts): valid from a
// month, with its code, name and legal basis, and its groups read from the form's rows
// ("g0.code", "g0.name" … "g0.continues": the ids of the previous set's groups the row continues).
// A row left wholly blank is no group. Issues name the row's own input ("g2.name") and carry the
// row's number for their words. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { coded, type IssueParams } from "./issue-code";
import { monthSchema } from "./period";

/** The most rows a set's form posts. */
export const MAX_GROUP_ROWS = 20;

export const GROUP_ROW_FIELDS = ["code", "ordinal", "name", "shortName", "nameEn", "shortNameEn"] as const;

const text = (max: number, missing: Parameters<typeof coded>[0]) =>
  z.string(coded(missing)).trim().min(1, coded(missing)).max(max, coded("groupSet.tooLong"));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, coded("groupSet.tooLong"))
    .transform((value) => (value === "" ? null : value));

const groupRowSchema = z.object({
  code: z
    .string(coded("groupSet.groupCodeMissing"))
    .trim()
    .regex(/^[0-9A-Za-z.]{1,10}$/, coded("groupSet.groupCode")),
  ordinal: z.coerce
    .number(coded("groupSet.ordinal"))
    .int(coded("groupSet.ordinal"))
    .min(1, coded("groupSet.ordinal"))
    .max(99, coded("groupSet.ordinal")),
  name: text(300, "groupSet.groupNameMissing"),
  shortName: text(80, "groupSet.shortNameMissing"),
  nameEn: optionalText(300),
  shortNameEn: optionalText(80),
  continues: z.array(
    z.coerce.number(coded("groupSet.continues")).int(coded("groupSet.continues")).positive(coded("groupSet.continues")),
  ),
});

export type GroupRow = z.output<typeof groupRowSchema> & { row: number };

type RawRow = Record<(typeof GROUP_ROW_FIELDS)[number], string> & { continues: string[] };

function asText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The form's rows that hold anything, with their index. */
function postedRows(input: Record<string, unknown>): { index: number; raw: RawRow }[] {
  const rows: { index: number; raw: RawRow }[] = [];
  for (let index = 0; index < MAX_GROUP_ROWS; index += 1) {
    const field = (name: string) => asText(input[`g${index}.${name}`]);
    const continued = input[`g${index}.continues`];
    const continues = (Array.isArray(continued) ? continued : continued === undefined ? [] : [continued]).map(asText);
    const raw = { ...Object.fromEntries(GROUP_ROW_FIELDS.map((name) => [name, field(name)])), continues } as RawRow;
    const blank = ["code", "name", "shortName", "nameEn", "shortNameEn"].every(
      (name) => raw[name as keyof RawRow].toString().trim() === "",
    );
    if (!blank) rows.push({ index, raw });
  }
  return rows;
}

type Context = z.core.$RefinementCtx;

/** Adds an issue of a parse made inside the schema under `path`, with its limit ({max}) and `params`. */
function forward(context: Context, issue: z.core.$ZodIssue, path: string, params: IssueParams = {}) {
  const limit = issue.code === "too_big" ? { max: Number(issue.maximum) } : {};
  context.addIssue({ code: "custom", path: [path], message: issue.message, params: { ...params, ...limit } });
}

/** The groups of the posted rows; issues added to `context` under the row's input names. */
function readGroups(input: Record<string, unknown>, context: Context): GroupRow[] {
  const rows = postedRows(input);
  if (rows.length === 0) context.addIssue({ code: "custom", path: ["groups"], message: "groupSet.noGroups" });
  const groups: GroupRow[] = [];
  const codes = new Set<string>();
  for (const { index, raw } of rows) {
    const params = { row: index + 1 };
    const parsed = groupRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) forward(context, issue, `g${index}.${String(issue.path[0])}`, params);
      continue;
    }
    if (codes.has(parsed.data.code)) {
      context.addIssue({ code: "custom", path: [`g${index}.code`], message: "groupSet.codeTwice", params });
    }
    codes.add(parsed.data.code);
    groups.push({ ...parsed.data, row: index + 1 });
  }
  return groups;
}

const setSchema = z.object({
  validFrom: monthSchema,
  code: z
    .string(coded("groupSet.setCode"))
    .trim()
    .regex(/^[0-9A-Za-z_-]{1,20}$/, coded("groupSet.setCode")),
  name: text(200, "groupSet.setNameMissing"),
  legalBasis: text(300, "groupSet.legalBasisMissing"),
});

/** The set and its groups; every issue of both at once. */
export const createGroupSetSchema = z
  .custom<Record<string, unknown>>((input) => typeof input === "object" && input !== null)
  .transform((input, context) => {
    const set = setSchema.safeParse(input);
    if (!set.success) for (const issue of set.error.issues) forward(context, issue, String(issue.path[0]));
    const groups = readGroups(input, context);
    return set.success ? { ...set.data, groups } : z.NEVER;
  });

export type CreateGroupSetInput = z.output<typeof createGroupSetSchema>;
