// `npm run reminders`: writes the automatic reminders due today (README, "Reminders and
// notifications") to the outbox, for the database lib/db-adapter.ts picks. Meant to run once a day
// from cron, e.g. `15 7 * * * cd /srv/bhyt && npm run reminders` (07:15; the calendar is
// Vietnam's whatever the server's time zone). Idempotent: a second run the same day writes nothing.
// On the embedded database, run it while no server has the database open (one process at a time).
import { now, vietnamDay } from "../lib/clock";
import { closeEmbeddedDatabases } from "../lib/embedded-db/open";
import { sendDueReminders } from "../lib/notifications/send-due-reminders";
import { createPrismaClient } from "../lib/prisma-client";

async function main(): Promise<number> {
  if (process.argv.length !== 2) {
    console.error("Usage: npm run reminders");
    return 1;
  }
  const prisma = createPrismaClient();
  try {
    const at = now();
    const runs = await sendDueReminders(prisma, at);
    const day = vietnamDay(at).toISOString().slice(0, 10);
    if (runs.length === 0) console.log(`${day}: no reminder is due.`);
    for (const run of runs) {
      const note = run.messages === 0 && run.communes > 0 ? " (already sent)" : "";
      console.log(
        `${day}: ${run.kind} for ${run.month}: communes not submitted with an account ${run.communes}, new messages ${run.messages}${note}.`,
      );
    }
    return 0;
  } finally {
    await prisma.$disconnect();
    await closeEmbeddedDatabases();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
