// Prisma's PGlite adapter on an embedded database that is opened when Prisma first connects, not
// when the client or the CLI's configuration is built: `next build` imports the app's modules
// without querying, and the Prisma CLI builds its adapter twice but connects once.
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

export class EmbeddedDatabaseAdapter implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";

  constructor(private readonly open: () => Promise<PGlite>) {}

  async connect(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(await this.open()).connect();
  }

  /** A throw-away in-memory database (only `prisma migrate dev` asks for one). */
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(new PGlite()).connect();
  }
}
