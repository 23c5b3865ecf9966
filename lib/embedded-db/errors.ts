// What can stop the embedded database (PGlite) from opening, worded for the person at the terminal:
// what is wrong, that nothing was deleted, and what to do next. Operators' console messages are in
// English, like the other scripts' (README, "Recovering the embedded database").
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

const RECOVERY = 'Nothing was changed or deleted. To recover, see README.md, "Recovering the embedded database".';

export const embeddedDatabaseProblems = {
  missing: (dir: string) =>
    `There is no database in ${dir}. Create it first with: npm run db:setup (migrations and demo data).`,
  notADatabase: (dir: string) => `${dir} holds files but no database. ${RECOVERY}`,
  inUse: (dir: string, pid: number, lockFile: string) =>
    `The database in ${dir} is open in another process (pid ${pid}); only one process may open it at a time. ` +
    `Stop that process first (a server, or another npm run db:* command). If no process ${pid} of this ` +
    `application is running, delete ${lockFile} and try again.`,
  cannotOpen: (dir: string, cause: unknown) =>
    `The database in ${dir} could not be opened (${describe(cause)}). ${RECOVERY}`,
};

function describe(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}
