// A contact phone number in Vietnam, as typed by whoever manages the account: a mobile number
// (10 digits, 03x 05x 07x 08x 09x) or a landline (11 digits, 02x and the area code), with or without
// the country code (+84 or 84 in place of the leading 0) and with spaces, dots, dashes or
// parentheses between the digits. Stored as the digits with the leading 0 (0912345678); blank
// means no phone. The words of the error are the reader's: the schema says only that it failed.
import { z } from "zod";

const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^0(?:[35789]\d{8}|2\d{9})$/;

/** The digits of a Vietnamese number with its leading 0, or null when `raw` is not one. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(SEPARATORS, "");
  const national = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : /^84\d{9,10}$/.test(compact)
      ? `0${compact.slice(2)}`
      : compact;
  return NATIONAL.test(national) ? national : null;
}

/** A phone field: a blank one is null (no phone); anything else must be a Vietnamese number. */
export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .transform((value, context) => {
    if (value === "") return null;
    const phone = normalisePhone(value);
    if (phone === null) context.addIssue({ code: "custom", message: "not a Vietnamese phone number" });
    return phone;
  });
