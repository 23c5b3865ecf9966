// Empties the database for `db:seed --reset`: the demo data, the demo accounts and everything that
// refers to them (sessions, throttles, messages, the audit log and the security log), restarting id sequences
// so the next seed gets the same ids as a seed into a fresh database. Demo databases only.
//
// The audit log and the security log refuse UPDATE, DELETE and TRUNCATE (database triggers). This
// is the one path that empties them, and it does so in the open: in the reset's transaction it
// disables their TRUNCATE triggers, truncates, and enables them again. ALTER TABLE needs the
// tables' owner and locks them until the transaction ends, so no other session ever sees the
// guards off; TRUNCATE is transactional, so a failed reseed keeps everything, guards included.
import { Prisma } from "@prisma/client";

type RawExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

export async function deleteSeededData(tx: RawExecutor): Promise<void> {
  await tx.$executeRaw`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_truncate`;
  await tx.$executeRaw`ALTER TABLE security_event DISABLE TRIGGER security_event_no_truncate`;
  await tx.$executeRaw(Prisma.sql`
    TRUNCATE audit_entry, security_event, outbox_message, session, account, verification, sign_in_throttle, app_user,
             official_population, enrollment_figure, unit_month_report, campaign, plan_target, plan, group_succession, participant_group, group_set,
             unit_boundary, unit_succession, unit_closure, unit
    RESTART IDENTITY`);
  await tx.$executeRaw`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_truncate`;
  await tx.$executeRaw`ALTER TABLE security_event ENABLE TRIGGER security_event_no_truncate`;
}
