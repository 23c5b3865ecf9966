// Zod schemas for accounts: reusable pieces, and the forms that create an account and change one's
// own password. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { newPasswordSchema } from "@/lib/auth/password-rules";
import { ROLES } from "@/lib/permissions/roles";

import { coded } from "./issue-code";

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
