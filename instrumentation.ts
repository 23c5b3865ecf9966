// Runs once when a Next.js server starts (never during `next build`). Opens the embedded database,
// or stops the server with what to do when there is none (lib/embedded-db/open-on-start.ts). In
// production, also refuses to start without a session secret or while demo accounts keep their
// published passwords (lib/auth/production-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { openEmbeddedDatabaseOnStart } = await import("./lib/embedded-db/open-on-start");
  await openEmbeddedDatabaseOnStart();
  if (process.env.NODE_ENV !== "production") return;
  const { checkProductionStart } = await import("./lib/auth/production-start");
  await checkProductionStart();
}
