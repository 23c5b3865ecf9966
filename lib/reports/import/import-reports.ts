// The import itself, confirmed after a preview: the file is sent again with the preview's token,
// read and checked again inside the transaction (nothing the browser says about the rows is
// trusted), and written only if it has no error and the token still matches — same file, same
// reports, same versions. All rows or none: one transaction, one audit entry per report written
// (values before and after) and one for the file. Rows that change nothing are not written, so
// importing the same file twice changes nothing the second time.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import type { AuditRecord } from "@/lib/audit/write-audit-entry";
import { now } from "@/lib/clock";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { reportImportSchema } from "@/lib/validation/upload";

import { applyImport, ImportConflict } from "./apply-import";
import { prepareImport } from "./prepare-import";
import { fileDigest } from "./preview-token";

/** An import (or its preview) of ten thousand rows takes seconds; its transaction may take this long. */
const IMPORT_TIMEOUT_MS = 5 * 60 * 1000;
export const REPORT_IMPORT_TRANSACTION = { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_TIMEOUT_MS };
/** File names are kept (in the audit log, the messages) up to this length. */
export const FILE_NAME_LENGTH = 200;

export const importReportsSpec = defineAction(
  "report.import",
  reportImportSchema,
  "report:import",
  async ({ file, token }, { user, tx, t }) => {
    const at = now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = file.name.slice(0, FILE_NAME_LENGTH);
    const prepared = await prepareImport(tx, user, { name: fileName, bytes }, at);
    const { check } = prepared;
    if (check.problems.length > 0 || check.issues.length > 0) throw new ActionRefusal(t.reports.import.hasErrors);
    if (prepared.token !== token) throw new ActionRefusal(t.reports.import.changedSincePreview);
    const created = check.plans.filter((plan) => plan.kind === "new").length;
    const updated = check.plans.filter((plan) => plan.kind === "changed").length;
    if (created + updated === 0) throw new ActionRefusal(t.reports.import.nothingToImport);

    let reportEntries: AuditRecord[];
    try {
      reportEntries = await applyImport(tx, check.plans, user, {
        now: at,
        warningReason: fill(t.reports.import.warningReason, { file: fileName }),
      });
    } catch (error) {
      if (error instanceof ImportConflict) throw new ActionRefusal(t.reports.import.changedSincePreview);
      throw error;
    }
    const unchanged = check.plans.length - created - updated;
    const months = check.plans.map((plan) => plan.month).sort();
    const fileEntry: AuditRecord = {
      action: "report.import_file",
      entityType: "import_file",
      entityId: fileDigest(bytes),
      unitId: user.scopeUnitId,
      after: {
        fileName,
        rows: check.plans.length,
        blankRows: check.blankRows,
        created,
        updated,
        unchanged,
        firstMonth: months[0]!,
        lastMonth: months[months.length - 1]!,
      },
    };
    return {
      audit: [...reportEntries, fileEntry],
      message: fill(t.reports.import.imported, {
        file: fileName,
        ...Object.fromEntries(
          Object.entries({ created, updated, unchanged }).map(([key, count]) => [key, formatCount(count, t.locale)]),
        ),
      }),
    };
  },
  { transaction: REPORT_IMPORT_TRANSACTION },
);
