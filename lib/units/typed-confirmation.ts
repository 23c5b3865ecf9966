// A confirmation typed by hand: the administrator types a number shown to them (the units a large
// import changes) before it is written. Spaces and thousands separators are ignored, so "3.352",
// "3,352" and "3 352" all match 3352. The same check runs in the form and on the server.

export function matchesTypedConfirmation(typed: string, expected: string): boolean {
  return typed.replace(/[\s.,\u00a0\u202f]/g, "") === expected;
}
