"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button, disabled and relabelled while the form is being sent. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
}: {
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary: "bg-brand-700 text-white hover:bg-brand-900",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    danger: "border border-behind/40 bg-white text-behind hover:bg-red-50",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60 ${colours}`}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
