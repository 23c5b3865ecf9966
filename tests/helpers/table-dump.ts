// Every table of the database as text, to show that a call changed nothing: each table's rows as
// JSON, ordered by its primary key (by the whole row when it has none), read in one query. The
// table list comes from the catalogue, so a table added by a migration is included without
// changing this file. Left out: `security_event`, where refused attempts are recorded on purpose
// (whether or not that table exists).
import { Prisma, type PrismaClient } from "@prisma/client";

const NOT_COMPARED = ["security_event"];

export type TableDump = Record<string, string>;

/**
 * The query reading every table, built by PostgreSQL itself from the catalogue (format() quotes
 * every identifier), so no name is pasted into SQL here.
 */
async function dumpQuery(client: PrismaClient): Promise<Prisma.Sql> {
  const tables = await client.$queryRaw<{ part: string }[]>`
    SELECT format(
      'SELECT %L AS name, (SELECT coalesce(json_agg(x ORDER BY %s)::text, ''[]'') FROM %I.%I x) AS rows',
      c.relname,
      coalesce(
        (SELECT string_agg(format('x.%I', a.attname), ', ' ORDER BY k.ord)
         FROM pg_index i
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
         WHERE i.indrelid = c.oid AND i.indisprimary),
        'x::text'),
      n.nspname,
      c.relname) AS part
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> ALL (${NOT_COMPARED})
    ORDER BY c.relname`;
  return Prisma.raw(tables.map((table) => table.part).join("\nUNION ALL\n"));
}

/** A function that reads every table; the table list is read once, when it is made. */
export async function tableDumper(client: PrismaClient): Promise<() => Promise<TableDump>> {
  const query = await dumpQuery(client);
  return async () => {
    const rows = await client.$queryRaw<{ name: string; rows: string }[]>(query);
    return Object.fromEntries(rows.map((row) => [row.name, row.rows]));
  };
}
