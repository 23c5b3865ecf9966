// Reusable Zod pieces for uploaded files.
import { z } from "zod";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A non-empty uploaded file of at most 10 MB (the server-action body limit in next.config.ts). */
export const uploadedFileSchema = z
  .instanceof(File, { message: "Vui lòng chọn tệp" })
  .refine((file) => file.size > 0, { message: "Vui lòng chọn tệp (tệp đã chọn rỗng)" })
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, { message: "Tệp lớn hơn 10 MB" });

/** What a two-step import form asks: look first, then write what was looked at. */
export const importIntentSchema = z.enum(["preview", "apply"], { message: "Thao tác không hợp lệ" });
