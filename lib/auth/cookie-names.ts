// Names of the session cookie, shared by the auth configuration and the proxy's cheap check.
// better-auth names it "<prefix>.session_token", with the "__Secure-" prefix on HTTPS.
export const AUTH_COOKIE_PREFIX = "bhyt";
export const SESSION_COOKIE_NAMES = [
  `${AUTH_COOKIE_PREFIX}.session_token`,
  `__Secure-${AUTH_COOKIE_PREFIX}.session_token`,
];
