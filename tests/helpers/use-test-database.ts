// Setup file of the integration project: gives every test file its own migrated database and
// points lib/db.ts at it (the environment is set before any test module imports lib/db.ts).
import { afterAll } from "vitest";

import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
delete process.env.DATABASE_URL;
Object.assign(process.env, database.env);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});
