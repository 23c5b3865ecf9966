// Runs once when a Next.js server starts (never during `next build`). Stamps every request with the
// address of its connection (lib/auth/peer-address.ts). Opens the database, or stops the server with
// what to do when there is none, and closes it when the server is stopped (lib/db-start.ts). In
// production, also refuses to start without a session secret, with a malformed TRUSTED_PROXIES, with
// a pinned clock not allowed, or while demo accounts keep their published passwords
// (lib/auth/production-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address");
  installPeerAddressStamp();
  const { openDatabaseOnStart } = await import("./lib/db-start");
  await openDatabaseOnStart();
  if (process.env.NODE_ENV !== "production") return;
  const { checkProductionStart } = await import("./lib/auth/production-start");
  await checkProductionStart();
}
