// Zod schemas for accounts: reusable pieces, signing in, and the forms that create an account, change
// one's own password and manage another account. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { newPasswordSchema } from "@/lib/auth/password-rules";
import { ROLES } from "@/lib/permissions/roles";

import { coded } from "./issue-code";

/** Signing in: the username and password as typed, and where to go next. */
export const signInSchema = z.object({
  username: z.string().trim().min(1, coded("signIn.usernameMissing")).max(64, coded("signIn.usernameTooLong")),
  password: z.string().min(1, coded("signIn.passwordMissing")).max(256, coded("signIn.passwordTooLong")),
  next: z.string().optional(),
});

/** Usernames as better-auth accepts them, lower-cased (it lower-cases before every lookup). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.]{3,30}$/, coded("user.username"));

/** A user id (better-auth and this app create UUIDs). */
export const userIdSchema = z.uuid(coded("user.user"));

export const createUserSchema = z.object({
  username: usernameSchema,
  name: z.string().trim().min(1, coded("user.nameMissing")).max(120, coded("user.nameTooLong")),
  role: z.enum(ROLES, coded("user.roleMissing")),
  scopeUnitId: z.coerce
    .number(coded("user.scopeUnitMissing"))
    .int(coded("user.scopeUnitMissing"))
    .positive(coded("user.scopeUnitMissing")),
  password: newPasswordSchema,
  phone: z.string().optional(),
});

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, coded("user.currentPasswordMissing")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    ...coded("user.confirmationMismatch"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    ...coded("user.sameAsCurrent"),
  });

/** Deactivating ("false") or reactivating ("true") an account. */
export const setUserActiveSchema = z.object({
  userId: userIdSchema,
  active: z.enum(["true", "false"], coded("common.operation")).transform((value) => value === "true"),
});

export const resetUserPasswordSchema = z.object({ userId: userIdSchema, password: newPasswordSchema });

export const unlockSignInSchema = z.object({ userId: userIdSchema });

/** The phone as typed; the action reads it with phoneSchema (./phone.ts) and words its refusal. */
export const setUserPhoneSchema = z.object({ userId: userIdSchema, phone: z.string().optional() });
