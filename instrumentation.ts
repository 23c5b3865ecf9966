// Runs once when a Next.js server starts (never during `next build`). Stamps every request with the
// address of its connection (lib/auth/peer-address.ts). In production, also refuses to start
// without a session secret, with a malformed TRUSTED_PROXIES, or while demo accounts keep their
// published passwords (lib/auth/production-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address");
  installPeerAddressStamp();
  if (process.env.NODE_ENV !== "production") return;
  const { checkProductionStart } = await import("./lib/auth/production-start");
  await checkProductionStart();
}
