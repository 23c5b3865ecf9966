// The fingerprint of a preview: the file's bytes and the state (id, version, status) of every report
// its rows touch. The import recomputes it inside its transaction and refuses when it differs, so
// what is written is exactly what the person saw: the same file, against the same reports.
import { createHash } from "node:crypto";

import type { RowChange } from "./check-import";

export function fileDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function previewToken(digest: string, plans: readonly RowChange[]): string {
  const hash = createHash("sha256").update(digest);
  const states = plans
    .map(
      (plan) =>
        `${plan.unit.id}:${plan.month}:${plan.existing ? `${plan.existing.id}.${plan.existing.version}.${plan.existing.status}` : "-"}`,
    )
    .sort();
  for (const state of states) hash.update(`|${state}`);
  return hash.digest("hex");
}
