// Reusable Zod pieces for reviewing reports: which report (and the version the reviewer saw), the
// comment or reason sent to the commune, and lists of reports for the month-wide actions.
import { z } from "zod";

export const reportIdSchema = z.coerce.number({ message: "Báo cáo không hợp lệ" }).int().positive({ message: "Báo cáo không hợp lệ" });

/** The version of the report the reviewer was looking at (optimistic concurrency). */
export const versionSchema = z.coerce.number({ message: "Phiên bản báo cáo không hợp lệ" }).int().positive({ message: "Phiên bản báo cáo không hợp lệ" });

/** Text sent back to the commune: required, because the commune must know what to correct. */
export function messageToCommuneSchema(missing: string) {
  return z
    .string({ message: missing })
    .trim()
    .min(1, { message: missing })
    .max(2000, { message: "Nội dung không được dài quá 2.000 ký tự" });
}

/** "id:version" pairs, as the month-wide forms send them (one hidden input per report). */
const reportVersionSchema = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/, { message: "Danh sách báo cáo không hợp lệ" })
  .transform((value) => {
    const [id, version] = value.split(":").map(Number) as [number, number];
    return { id, version };
  });

/** One or more "id:version" pairs (a form sends a single value as a string). */
export const reportVersionsSchema = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z
    .array(reportVersionSchema, { message: "Danh sách báo cáo không hợp lệ" })
    .min(1, { message: "Không có báo cáo nào được chọn" })
    .max(5000, { message: "Danh sách báo cáo quá dài" }),
);
