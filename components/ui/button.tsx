import type { ButtonHTMLAttributes } from "react";

// The one button of the app: its colours per variant and the focus ring a keyboard user follows.
// Links that look like buttons take the same classes through `buttonClasses`.

export type ButtonVariant = "primary" | "secondary" | "danger";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-900",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  danger: "border border-behind/40 bg-white text-behind hover:bg-red-50",
};

/** The focus ring of every button and button-like link. */
export const FOCUS_RING =
  "focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2";

/** A button's classes; `className` adds size and layout (e.g. "min-h-11 px-3"). */
export function buttonClasses(variant: ButtonVariant = "primary", className = ""): string {
  return `rounded-md font-medium ${FOCUS_RING} disabled:opacity-60 ${VARIANTS[variant]} ${className}`.trim();
}

export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
