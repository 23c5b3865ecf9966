// Issue codes for Zod schemas: a schema names what is wrong with a code, never with a sentence; the
// action wrapper words it in the reader's language (lib/i18n/word-issue.ts, catalogue in
// lib/i18n/vi/validation.ts and lib/i18n/en/validation.ts).
import type { ValidationCode } from "@/lib/i18n/vi/validation";

export type { ValidationCode };

/** Values a custom issue carries for its words: a month ("2025-12") or a number, formatted per locale. */
export type IssueParams = Record<string, string | number>;

/** Adds a custom issue on one input: the shape of the `issue` helpers of hand-read forms. */
export type AddIssue = (name: string, code: ValidationCode, params?: IssueParams) => void;

/** A Zod message option holding a code: `.min(1, coded("user.nameMissing"))`. */
export function coded(code: ValidationCode): { message: ValidationCode } {
  return { message: code };
}
