// Data that keeps the language it was entered in (unit names, plan titles and notes, agencies,
// people's names, the headings of official files): marked so that browsers do not machine-translate
// it, and so that the English walk (tests/e2e/english.spec.ts, ENTERED_KINDS: what each kind holds)
// tells it from product text that should have been translated. A sentence that holds such data
// fills its placeholder with the marked element (components/ui/fill-nodes.tsx).
export type EnteredKind =
  "unit" | "plan" | "agency" | "person" | "campaign" | "note" | "audit" | "group-set" | "column";

/** The attributes that mark an element's content as entered data of `kind`. */
export function entered(kind: EnteredKind): { translate: "no"; "data-entered": EnteredKind } {
  return { translate: "no", "data-entered": kind };
}

/** Entered data inline: `<Entered kind="unit">{unit.name}</Entered>`. */
export function Entered({ kind, children }: { kind: EnteredKind; children: React.ReactNode }) {
  return <span {...entered(kind)}>{children}</span>;
}
