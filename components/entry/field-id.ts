import type { KeyboardEvent } from "react";

/** The HTML id of a report form control ("g1.insured" → "field-g1-insured"), safe in CSS selectors and URLs. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Moves focus to a form control and brings it to the middle of the screen (clear of the sticky bar). */
export function focusField(key: string): void {
  const element = document.getElementById(fieldId(key));
  element?.focus({ preventScroll: true });
  element?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** Enter moves to the next field (a phone keyboard's "next"), never submits a half-filled form. */
export function moveToNextField(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key !== "Enter" || target.tagName !== "INPUT") return;
  event.preventDefault();
  const fields = [
    ...event.currentTarget.querySelectorAll<HTMLInputElement>("input:not([type=hidden]):not([readonly])"),
  ];
  const next = fields[fields.indexOf(target as HTMLInputElement) + 1];
  (next ?? event.currentTarget.querySelector<HTMLButtonElement>("button[type=submit]"))?.focus();
}
