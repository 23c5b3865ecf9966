// Runs once when a Next.js server starts (never during `next build`). In production, refuses to
// start without a session secret or while demo accounts keep their published passwords
// (lib/auth/production-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { checkProductionStart } = await import("./lib/auth/production-start");
  await checkProductionStart();
}
