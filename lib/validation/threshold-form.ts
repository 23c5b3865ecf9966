// The New Rural Area threshold form: level, the months it applies to, the rate and its legal basis
// and notes (in Vietnamese, and optionally in English). Every field is checked (all errors at once)
// and each error is a code on its input (THRESHOLD_ISSUES), worded in the reader's language by the
// form (t.plans.thresholds.issues), never a sentence here.
import { z } from "zod";

import type { Month } from "@/lib/period";

import { parseMonthInput, parseRatePercent } from "./plan-values";

export const THRESHOLD_ISSUES = [
  "levelRequired",
  "fromRequired",
  "toInvalid",
  "toBeforeFrom",
  "rateInvalid",
  "legalBasisRequired",
  "legalBasisTooLong",
  "notesTooLong",
  "invalid",
  "versionMissing",
] as const;

export type ThresholdIssue = (typeof THRESHOLD_ISSUES)[number];

export function isThresholdIssue(value: string): value is ThresholdIssue {
  return (THRESHOLD_ISSUES as readonly string[]).includes(value);
}

const LEGAL_BASIS_MAX = 200;
const NOTES_MAX = 1000;

const idSchema = z.coerce.number({ message: "invalid" }).int({ message: "invalid" }).positive({ message: "invalid" });
const versionSchema = z.coerce
  .number({ message: "versionMissing" })
  .int({ message: "versionMissing" })
  .positive({ message: "versionMissing" });

export type ThresholdInput = {
  id: number | null;
  version: number | null;
  level: "STANDARD" | "MODEL";
  validFrom: Month;
  validTo: Month | null;
  rateBp: number;
  legalBasis: string;
  notes: string | null;
  legalBasisEn: string | null;
  notesEn: string | null;
};

const fieldsSchema = z.object({
  id: z.string().optional(),
  version: z.string().optional(),
  level: z.string().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  rate: z.string().optional(),
  legalBasis: z.string().optional(),
  notes: z.string().optional(),
  legalBasisEn: z.string().optional(),
  notesEn: z.string().optional(),
});

export const thresholdSchema = fieldsSchema.transform((raw, context): ThresholdInput => {
  const issue = (name: string, code: ThresholdIssue) =>
    context.addIssue({ code: "custom", path: [name], message: code });
  const level = raw.level === "STANDARD" || raw.level === "MODEL" ? raw.level : null;
  if (!level) issue("level", "levelRequired");
  const validFrom = parseMonthInput(raw.validFrom);
  if (!validFrom) issue("validFrom", "fromRequired");
  const toText = (raw.validTo ?? "").trim();
  const validTo = toText === "" ? null : parseMonthInput(toText);
  if (toText !== "" && !validTo) issue("validTo", "toInvalid");
  if (validFrom && validTo && validTo < validFrom) issue("validTo", "toBeforeFrom");
  const rate = parseRatePercent(raw.rate);
  if (rate === null || rate === "invalid") issue("rate", "rateInvalid");
  const legalBasis = (raw.legalBasis ?? "").trim();
  if (legalBasis === "") issue("legalBasis", "legalBasisRequired");
  else if (legalBasis.length > LEGAL_BASIS_MAX) issue("legalBasis", "legalBasisTooLong");
  const legalBasisEn = (raw.legalBasisEn ?? "").trim();
  if (legalBasisEn.length > LEGAL_BASIS_MAX) issue("legalBasisEn", "legalBasisTooLong");
  const notes = (raw.notes ?? "").trim();
  if (notes.length > NOTES_MAX) issue("notes", "notesTooLong");
  const notesEn = (raw.notesEn ?? "").trim();
  if (notesEn.length > NOTES_MAX) issue("notesEn", "notesTooLong");
  const id = (raw.id ?? "").trim() === "" ? null : idSchema.safeParse(raw.id);
  const version = (raw.version ?? "").trim() === "" ? null : versionSchema.safeParse(raw.version);
  if (id && !id.success) issue("id", "invalid");
  if (id && (!version || !version.success)) issue("version", "versionMissing");
  if (!level || !validFrom || typeof rate !== "number" || context.issues.length > 0) return z.NEVER;
  return {
    id: id?.success ? id.data : null,
    version: version?.success ? version.data : null,
    level,
    validFrom,
    validTo,
    rateBp: rate,
    legalBasis,
    notes: notes === "" ? null : notes,
    legalBasisEn: legalBasisEn === "" ? null : legalBasisEn,
    notesEn: notesEn === "" ? null : notesEn,
  };
});

export const deleteThresholdSchema = z.object({ id: idSchema, version: versionSchema });
