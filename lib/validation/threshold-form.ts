// The New Rural Area threshold form: level, the months it applies to, the rate and its legal basis.
import { z } from "zod";
import type { Month } from "@/lib/period";
import { versionSchema } from "./plan-form";
import { type AddIssue, coded } from "./issue-code";
import { parseMonthInput, parseRatePercent } from "./plan-values";

const idSchema = z.coerce.number(coded("threshold.threshold")).int(coded("threshold.threshold")).positive(coded("threshold.threshold"));

export type ThresholdInput = {
  id: number | null;
  version: number | null;
  level: "STANDARD" | "MODEL";
  validFrom: Month;
  validTo: Month | null;
  rateBp: number;
  legalBasis: string;
  notes: string | null;
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
});

/** Every field is checked (all errors at once), each message on its input. */
export const thresholdSchema = fieldsSchema.transform((raw, context): ThresholdInput => {
  const issue: AddIssue = (name, code) => context.addIssue({ code: "custom", path: [name], message: code });
  const level = raw.level === "STANDARD" || raw.level === "MODEL" ? raw.level : null;
  if (!level) issue("level", "threshold.levelMissing");
  const validFrom = parseMonthInput(raw.validFrom);
  if (!validFrom) issue("validFrom", "threshold.validFromMissing");
  const toText = (raw.validTo ?? "").trim();
  const validTo = toText === "" ? null : parseMonthInput(toText);
  if (toText !== "" && !validTo) issue("validTo", "threshold.validToInvalid");
  if (validFrom && validTo && validTo < validFrom) issue("validTo", "threshold.validToBeforeFrom");
  const rate = parseRatePercent(raw.rate);
  if (rate === null || rate === "invalid") issue("rate", "plan.rate");
  const legalBasis = (raw.legalBasis ?? "").trim();
  if (legalBasis === "") issue("legalBasis", "threshold.legalBasisMissing");
  else if (legalBasis.length > 200) issue("legalBasis", "threshold.legalBasisTooLong");
  const notes = (raw.notes ?? "").trim();
  if (notes.length > 1000) issue("notes", "threshold.notesTooLong");
  const id = (raw.id ?? "").trim() === "" ? null : idSchema.safeParse(raw.id);
  const version = (raw.version ?? "").trim() === "" ? null : versionSchema.safeParse(raw.version);
  if (id && !id.success) issue("id", "threshold.threshold");
  if (id && (!version || !version.success)) issue("version", "threshold.versionMissing");
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
  };
});

export const deleteThresholdSchema = z.object({ id: idSchema, version: versionSchema });
