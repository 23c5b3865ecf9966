// The English words of lib/i18n/vi/account.ts: the same keys (checked by the type).
import type * as vi from "../vi/account";

export const auth: typeof vi.auth = {
  signInTitle: "Sign in",
  signInIntro: "Sign in with the account you were given to view and update BHYT figures.",
  username: "Username",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  invalidCredentials: "Wrong username or password.",
  locked: {
    pair: "Sign-in to this account from your network address is temporarily locked after too many wrong passwords. Please try again after {time}, or ask an administrator to unlock it.",
    username:
      "This account is temporarily locked after too many failed sign-ins from several places. Please try again after {time}, or ask an administrator to unlock it.",
    address:
      "Sign-in from your network address is temporarily blocked after too many failed sign-ins from it. Please try again after {time}.",
  },
  inactive: "This account has been deactivated. Please contact an administrator.",
  signOut: "Sign out",
};

export const account: typeof vi.account = {
  menu: "Account",
  changePassword: "Change password",
  mustChangePassword: "Please replace the initial (or just reset) password with one of your own before you continue.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint: "At least 10 characters.",
  confirmPassword: "New password again",
  save: "Save password",
  saving: "Saving…",
  passwordChanged: "Password changed. Your other sessions have been signed out.",
  wrongCurrentPassword: "The current password is wrong.",
  backHome: "Back to my page",
};
