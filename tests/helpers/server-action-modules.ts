// The server actions of the code base, found the way Next.js finds them: every module of app/,
// components/ and lib/ whose first statement is the "use server" directive exports server actions
// (each export becomes an endpoint anyone can post to). Also lists functions that declare the
// directive in their own body (inline server actions), which a test cannot import to check.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { AUTHED_ACTION, type ActionSpec } from "@/lib/actions/authed-action";

const ROOT = path.resolve(__dirname, "../..");
const SEARCHED = ["app", "components", "lib"];
const SOURCE = /\.(?:ts|tsx|js|jsx|mjs)$/;
/** The directive as the module's first statement (comments and blank lines may come first). */
const MODULE_DIRECTIVE = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
/** The directive opening a function body. */
const INLINE_DIRECTIVE = /\{\s*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

const files = () =>
  SEARCHED.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));

export type ServerActionModule = { file: string; exports: Record<string, unknown> };

/** Every "use server" module (path relative to the repository) with its exports, in path order. */
export async function serverActionModules(): Promise<ServerActionModule[]> {
  const modules = files().filter(({ text }) => MODULE_DIRECTIVE.test(text));
  return Promise.all(
    modules
      .sort((a, b) => a.file.localeCompare(b.file))
      .map(async ({ file }) => ({ file, exports: { ...(await import(path.join(ROOT, file))) } })),
  );
}

/** Files holding an inline server action ("use server" at the start of a function body). */
export function inlineServerActionFiles(): string[] {
  return files()
    .filter(({ text }) => INLINE_DIRECTIVE.test(text))
    .map(({ file }) => file);
}

/** The spec an export was built from by authedAction; null for anything else. */
export function authedActionSpec(value: unknown): ActionSpec<never, unknown> | null {
  if (typeof value !== "function") return null;
  return (
    ((value as unknown as Record<symbol, unknown>)[AUTHED_ACTION] as ActionSpec<never, unknown> | undefined) ?? null
  );
}
