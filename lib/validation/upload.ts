// Zod schemas for uploaded files: reusable pieces, and the report import's two forms (preview, then
// import what was previewed). Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { coded } from "./issue-code";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A non-empty uploaded file of at most 10 MB (the server-action body limit in next.config.ts). */
export const uploadedFileSchema = z
  .instanceof(File, coded("upload.fileMissing"))
  .refine((file) => file.size > 0, coded("upload.fileEmpty"))
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, coded("upload.fileTooLarge"));

/** What a two-step import form asks: look first, then write what was looked at. */
export const importIntentSchema = z.enum(["preview", "apply"], coded("common.operation"));

/** A report file (Excel or CSV) to preview: not empty. */
export const reportPreviewSchema = z.object({
  file: z
    .instanceof(File, coded("reportImport.fileMissing"))
    .refine((file) => file.size > 0, coded("reportImport.fileMissing")),
});

/** A report file to import, with the token of its preview (lib/reports/import/preview-token.ts). */
export const reportImportSchema = z.object({
  file: z.instanceof(File, coded("reportImport.fileMissing")),
  token: z.string().regex(/^[0-9a-f]{64}$/, coded("reportImport.previewFirst")),
});
