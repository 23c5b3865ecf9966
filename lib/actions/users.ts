"use server";

// Server actions of user management (rules in lib/users/*), all through authedAction.
import { changeOwnPasswordSpec } from "@/lib/users/change-own-password";
import { createUserSpec } from "@/lib/users/create-user";
import { resetUserPasswordSpec } from "@/lib/users/reset-user-password";
import { setUserActiveSpec } from "@/lib/users/set-user-active";
import { setUserPhoneSpec } from "@/lib/users/set-user-phone";
import { unlockSignInSpec } from "@/lib/users/unlock-sign-in";

import { authedAction } from "./authed-action";

export const createUser = authedAction(createUserSpec);
export const setUserActive = authedAction(setUserActiveSpec);
export const resetUserPassword = authedAction(resetUserPasswordSpec);
export const changeOwnPassword = authedAction(changeOwnPasswordSpec);
export const unlockSignIn = authedAction(unlockSignInSpec);
export const setUserPhone = authedAction(setUserPhoneSpec);
