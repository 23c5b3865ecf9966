// The problems that stop a save, listed above the form once the user tried to save, each a link to its
// field; errors first, then warnings that still need a reason.
import type { Ref } from "react";

import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

import { fieldId, focusField } from "./field-id";

export type Problem = { key: string; text: string };

export function CheckSummary({
  ref,
  problems,
  e,
}: {
  ref: Ref<HTMLDivElement>;
  /** The problems to list: none until the user tried to save. */
  problems: Problem[];
  e: Messages["reports"]["entry"];
}) {
  const errors = problems.filter((problem) => !problem.key.startsWith("reason:"));
  const reasons = problems.filter((problem) => problem.key.startsWith("reason:"));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={problems.length > 0 ? "alert" : undefined}
      className="rounded-lg focus:outline-none focus:ring-2 focus:ring-behind focus:ring-offset-2"
      data-testid="check-summary"
    >
      {problems.length > 0 && (
        <div className="rounded-lg border border-behind/40 bg-red-50 p-3 text-sm">
          <p className="font-semibold text-behind">{e.summaryTitle}</p>
          {errors.length > 0 && (
            <ProblemList title={fill(e.summaryErrors, { count: errors.length })} problems={errors} />
          )}
          {reasons.length > 0 && (
            <ProblemList title={fill(e.summaryWarnings, { count: reasons.length })} problems={reasons} />
          )}
        </div>
      )}
    </div>
  );
}

function ProblemList({ title, problems }: { title: string; problems: Problem[] }) {
  return (
    <>
      <p className="mt-2 text-slate-800">{title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={problem.key}>
            <a
              href={`#${fieldId(problem.key)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.key);
              }}
              className="text-behind underline hover:no-underline"
            >
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
