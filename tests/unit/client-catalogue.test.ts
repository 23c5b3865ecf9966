// Only the active locale's words reach the browser: no module a client component loads may import a
// catalogue (lib/i18n/messages.ts, lib/i18n/vi/, lib/i18n/en/) for its values, or the bundle would
// carry every language. Client components receive their words from the server (props). Type-only
// imports are erased and allowed. The walk follows every value import from each "use client" module
// of app/, components/ and lib/ and the modules they import, but not into a "use server" module: a client
// receives only references to its actions, never its code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const CATALOGUE = [/^lib\/i18n\/messages\.ts$/, /^lib\/i18n\/(vi|en)\//];

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(ROOT, directory)).flatMap((name) => {
    const relative = path.join(directory, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}

function hasDirective(file: string, directive: "use client" | "use server"): boolean {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return new RegExp(`^\\s*(//[^\\n]*\\n\\s*)*["']${directive}["']`).test(text);
}

const isClientModule = (file: string) => hasDirective(file, "use client");

/** The project file an import names, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(ROOT, candidate);
    if (existsSync(full) && statSync(full).isFile()) return path.normalize(candidate);
  }
  return null;
}

/** The modules a file imports for values (imports and re-exports that are not type-only). */
function valueImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.flatMap((specifier) => resolve(file, specifier) ?? []);
}

/** Every path from a client module to a catalogue, as "a → b → catalogue". */
function pathsToCatalogue(): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const clientModules = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].filter(
    isClientModule,
  );
  const queue: string[][] = clientModules.map((file) => [file]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (hasDirective(file, "use server")) continue;
    for (const imported of valueImports(file)) {
      if (CATALOGUE.some((pattern) => pattern.test(imported))) found.push([...chain, imported].join(" → "));
      else queue.push([...chain, imported]);
    }
  }
  return found;
}

describe("client bundles", () => {
  it("finds the client modules and follows their imports", () => {
    expect(isClientModule("components/entry/report-entry-form.tsx")).toBe(true);
    expect(isClientModule("lib/i18n/server.ts")).toBe(false);
    // A value import is followed; a type-only one is not.
    expect(valueImports("lib/i18n/server.ts")).toContain("lib/i18n/messages.ts");
    expect(valueImports("lib/validation/issue-code.ts")).toEqual([]);
  });

  it("never import a catalogue: the words come from the server, in the reader's language only", () => {
    expect(pathsToCatalogue()).toEqual([]);
  });
});
