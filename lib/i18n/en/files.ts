// The English words of lib/i18n/vi/files.ts: the same keys (checked by the type).
import type { files as vi } from "../vi/files";

export const files: typeof vi = {
  limits: {
    tooManyParts:
      "The Excel file holds more than {max} parts, unlike an ordinary spreadsheet, so it was not read. Copy the data sheet into a new file (or the template) and upload that.",
    unpackedTooLarge:
      "The Excel file unpacks to an abnormal size (a part above {maxMb} MB, or compressed more than {ratio} times), so it was not read. Open it in Excel, copy the data sheet into the template and upload that.",
    columnsBeyondLimit:
      "The sheet reaches cell {cell}, beyond the {max} columns allowed (up to column {lastColumn}), so the file was not read. Clear the contents and formatting of the extra columns on the right, or copy the data into the template.",
    rowsBeyondLimit:
      "The sheet reaches row {row}, beyond the {max} rows allowed, so the file was not read. Delete the extra rows below, or split the file.",
    tooSlow:
      "Reading the file took more than {seconds} seconds and was stopped: the file is too large or too complex. Split it, or copy the data into the template.",
  },
};
