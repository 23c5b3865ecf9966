"use client";

// The import's steps in the browser: choose a file → the server checks it and answers with a
// preview → confirm → the server reads and checks the same file again and writes it (or refuses:
// errors, or data changed since the preview) → result. The browser keeps only the File to send it
// again; the rows are never taken from the browser.
import Link from "next/link";
import { useId, useState, useTransition } from "react";

import { buttonClasses } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { INITIAL_ACTION_RESULT, type ActionResult } from "@/lib/actions/action-result";
import { importReports, previewReportImport } from "@/lib/actions/report-import";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportPreview, ImportPreviewState } from "@/lib/reports/import/describe-import";

import { ImportPreviewView } from "./import-preview-view";

type Text = Messages["reports"]["import"];

const primary = buttonClasses("primary", "px-3 py-2 text-sm");
const secondary = buttonClasses("secondary", "px-3 py-2 text-sm");

type Props = { text: Text; maxBytes: number; maxRows: string; exportHref: string; templateHref: string };

export function ImportWizard({ text, maxBytes, maxRows, exportHref, templateHref }: Props) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewState>(null);
  const [outcome, setOutcome] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const [action, setAction] = useState<"preview" | "import">("preview");
  const maxMb = maxBytes / 1024 / 1024;

  const send = (chosen: File, token?: string) => {
    const data = new FormData();
    data.set("file", chosen);
    if (token) data.set("token", token);
    return data;
  };

  const runPreview = (chosen: File | null) => {
    setOutcome(null);
    if (!chosen) return setProblem(text.chooseFile);
    if (chosen.size > maxBytes) return setProblem(fill(text.fileTooLarge, { max: maxMb }));
    setProblem(null);
    setAction("preview");
    startTransition(async () => {
      try {
        const result = await previewReportImport({ ...INITIAL_ACTION_RESULT, data: undefined }, send(chosen));
        setPreview(
          result.data ?? {
            kind: "refused",
            message: result.fieldErrors.file?.[0] ?? result.message ?? text.sendFailed,
          },
        );
      } catch {
        setPreview({ kind: "refused", message: text.sendFailed });
      }
    });
  };

  const runImport = (ready: ImportPreview) => {
    if (!file || !ready.token) return;
    setAction("import");
    startTransition(async () => {
      try {
        setOutcome(await importReports(INITIAL_ACTION_RESULT, send(file, ready.token!)));
      } catch {
        setOutcome({ ok: false, fieldErrors: {}, message: text.sendFailed });
      }
    });
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setOutcome(null);
    setProblem(null);
    setInputKey((key) => key + 1);
  };

  const shown = preview?.kind === "preview" ? preview : null;
  const toWrite = shown ? shown.counts.created + shown.counts.updated : 0;
  const done = outcome?.ok === true;

  return (
    <div className="space-y-4">
      {!done && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            runPreview(file);
          }}
        >
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {text.file}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <input
              key={inputKey}
              id={inputId}
              name="file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${inputId}-hint ${inputId}-problem`}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
                setOutcome(null);
                setProblem(null);
              }}
              className={`${inputClass} sm:max-w-md file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-sm file:font-medium file:text-brand-700`}
            />
            <button type="submit" disabled={pending} className={primary}>
              {pending && action === "preview" ? text.previewing : text.preview}
            </button>
          </div>
          <p id={`${inputId}-hint`} className="text-xs text-slate-500">
            {fill(text.uploadDescription, { maxMb, maxRows })}
          </p>
          <div id={`${inputId}-problem`} aria-live="polite" className="text-sm text-behind">
            {problem && <p>{problem}</p>}
          </div>
        </form>
      )}

      <div role="status" aria-live="polite" className="text-sm text-slate-600">
        {pending && <p>{action === "preview" ? text.previewing : text.confirming}</p>}
      </div>

      {preview?.kind === "refused" && (
        <p className="rounded-md border border-behind/30 bg-white px-3 py-2 text-sm text-behind">{preview.message}</p>
      )}

      {done && shown ? (
        <section aria-labelledby="import-result" className="space-y-3 rounded-lg border border-met/30 bg-green-50 p-4">
          <h3 id="import-result" className="text-base font-semibold text-met">
            {text.resultTitle}
          </h3>
          <p className="text-sm text-slate-800">{outcome.message}</p>
          <div className="flex flex-wrap gap-2">
            <Link href={shown.dashboardHref} className={primary}>
              {text.toDashboard}
            </Link>
            <Link href={exportHref} className={secondary}>
              {text.exportLink}
            </Link>
            <button type="button" onClick={restart} className={secondary}>
              {text.another}
            </button>
          </div>
        </section>
      ) : (
        shown && (
          <div className="space-y-4">
            <ImportPreviewView preview={shown} text={text} templateHref={templateHref} />
            {outcome && !outcome.ok && (
              <p role="alert" className="rounded-md border border-behind/30 bg-white px-3 py-2 text-sm text-behind">
                {outcome.message}
              </p>
            )}
            <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center">
              {shown.token && toWrite > 0 && !outcome && (
                <button type="button" disabled={pending} onClick={() => runImport(shown)} className={primary}>
                  {pending && action === "import" ? text.confirming : fill(text.confirm, { count: toWrite })}
                </button>
              )}
              {outcome && !outcome.ok && (
                <button type="button" disabled={pending} onClick={() => runPreview(file)} className={primary}>
                  {text.previewAgain}
                </button>
              )}
              <button type="button" onClick={restart} className={secondary}>
                {text.another}
              </button>
              {shown.token && toWrite > 0 && !outcome && (
                <p className="text-xs text-slate-500 sm:max-w-md">{text.confirmNote}</p>
              )}
            </div>
          </div>
        )
      )}
    </div>
  );
}
