"use server";

// Sign-in and sign-out: the two actions outside authedAction (sign-in has no session yet). Both
// write their own audit entries (lib/auth/sign-in.ts, lib/auth/sign-out.ts). Next.js accepts a
// server action only when the request's Origin matches its Host, so a form posted from another
// site cannot sign anyone in or out.
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { CHANGE_PASSWORD_PATH, getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/redirect-target";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signOutSession } from "@/lib/auth/sign-out";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { wordedFieldErrors } from "@/lib/i18n/word-issue";
import { signInSchema } from "@/lib/validation/account";

import { echoValues, type ActionResult } from "./action-result";

export async function signIn(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const { locale, t } = await getI18n();
  const parsed = signInSchema.safeParse({
    username: formData.get("username") ?? "",
    password: formData.get("password") ?? "",
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: wordedFieldErrors(parsed.error, t),
      message: t.actions.invalidInput,
      values: echoValues(formData),
    };
  }
  const outcome = await signInWithPassword(parsed.data, await headers());
  if (!outcome.ok) {
    const message =
      outcome.reason === "locked"
        ? fill(t.auth.locked[outcome.lock.scope], { time: formatDateTime(outcome.lock.until, locale) })
        : outcome.reason === "inactive"
          ? t.auth.inactive
          : t.auth.invalidCredentials;
    return { ok: false, fieldErrors: {}, message, values: echoValues(formData) };
  }
  if (outcome.user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  redirect(safeRedirectPath(parsed.data.next) ?? "/");
}

export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await signOutSession(user, await headers());
  redirect("/sign-in");
}
