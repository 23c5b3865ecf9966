// What a password must be. scrypt hashing and verification come from better-auth
// (`better-auth/crypto`, node:crypto scrypt N=16384 r=16 p=1, random 16-byte salt).
import { z } from "zod";

import { coded } from "@/lib/validation/issue-code";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, coded("user.passwordTooShort"))
  .max(PASSWORD_MAX_LENGTH, coded("user.passwordTooLong"));
