// Empties the database for `db:seed --reset`: the demo data, the demo accounts and everything that
// refers to them (sessions, throttles and the audit log), restarting id sequences so the next seed
// gets the same ids as a seed into a fresh database. TRUNCATE is transactional in PostgreSQL, so a
// failed reseed keeps everything; it also bypasses the audit log's append-only row trigger, which is
// intended: --reset is a developer tool for demo databases, never for production data.
import { Prisma } from "@prisma/client";

type RawExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

export async function deleteSeededData(tx: RawExecutor): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    TRUNCATE audit_entry, session, account, verification, sign_in_throttle, app_user,
             enrollment_figure, unit_month_report, plan_target, plan, participant_group, group_set,
             unit_succession, unit_closure, unit
    RESTART IDENTITY`);
}
