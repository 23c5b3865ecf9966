// The New Rural Area threshold form: level, the months it applies to, the rate and its legal basis.
import { z } from "zod";
import type { Month } from "@/lib/period";
import { versionSchema } from "./plan-form";
import { RATE_MESSAGE, parseMonthInput, parseRatePercent } from "./plan-values";

const idSchema = z.coerce.number({ message: "Ngưỡng không hợp lệ" }).int().positive({ message: "Ngưỡng không hợp lệ" });

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
  const issue = (name: string, message: string) => context.addIssue({ code: "custom", path: [name], message });
  const level = raw.level === "STANDARD" || raw.level === "MODEL" ? raw.level : null;
  if (!level) issue("level", "Vui lòng chọn mức (xã đạt chuẩn hoặc xã kiểu mẫu)");
  const validFrom = parseMonthInput(raw.validFrom);
  if (!validFrom) issue("validFrom", "Vui lòng chọn tháng bắt đầu áp dụng (ví dụ 01/2021)");
  const toText = (raw.validTo ?? "").trim();
  const validTo = toText === "" ? null : parseMonthInput(toText);
  if (toText !== "" && !validTo) issue("validTo", "Tháng kết thúc không hợp lệ (để trống nếu chưa có thời hạn)");
  if (validFrom && validTo && validTo < validFrom) issue("validTo", "Tháng kết thúc phải bằng hoặc sau tháng bắt đầu");
  const rate = parseRatePercent(raw.rate);
  if (rate === null || rate === "invalid") issue("rate", RATE_MESSAGE);
  const legalBasis = (raw.legalBasis ?? "").trim();
  if (legalBasis === "") issue("legalBasis", "Vui lòng nhập căn cứ (văn bản quy định ngưỡng)");
  else if (legalBasis.length > 200) issue("legalBasis", "Căn cứ không được dài quá 200 ký tự");
  const notes = (raw.notes ?? "").trim();
  if (notes.length > 1000) issue("notes", "Ghi chú không được dài quá 1.000 ký tự");
  const id = (raw.id ?? "").trim() === "" ? null : idSchema.safeParse(raw.id);
  const version = (raw.version ?? "").trim() === "" ? null : versionSchema.safeParse(raw.version);
  if (id && !id.success) issue("id", "Ngưỡng không hợp lệ");
  if (id && (!version || !version.success)) issue("version", "Thiếu phiên bản của ngưỡng: tải lại trang");
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
