"use client";

import { useFormStatus } from "react-dom";

import { buttonClasses, type ButtonVariant } from "./button";

/** A form's submit button, disabled and relabelled while the form is being sent. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
}: {
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(variant, "px-3 py-2 text-sm")}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
