// Data that keeps the language it was entered in (unit names, plan titles and notes, agencies,
// people's names): marked so that browsers do not machine-translate it, and so that the English
// walk (tests/e2e/english.spec.ts) tells it from product text that should have been translated.
export type EnteredKind = "unit" | "plan" | "agency" | "person" | "campaign" | "note" | "audit";

/** The attributes that mark an element's content as entered data of `kind`. */
export function entered(kind: EnteredKind): { translate: "no"; "data-entered": EnteredKind } {
  return { translate: "no", "data-entered": kind };
}

/** Entered data inline: `<Entered kind="unit">{unit.name}</Entered>`. */
export function Entered({ kind, children }: { kind: EnteredKind; children: React.ReactNode }) {
  return <span {...entered(kind)}>{children}</span>;
}
