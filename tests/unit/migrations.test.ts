// The PostgreSQL driver adapter applies a migration by splitting its script on ";" (see README,
// Stack notes), so a semicolon inside a comment cuts a statement in two and the migration fails on
// PostgreSQL while passing on PGlite. Guard against it before CI's PostgreSQL run finds it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");

describe("migrations", () => {
  const names = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  it.each(names)("%s has no semicolon inside a comment", (name) => {
    const lines = readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8").split("\n");
    const offending = lines.flatMap((line, index) => (/--.*;/.test(line) ? [`${index + 1}: ${line}`] : []));
    expect(offending).toEqual([]);
  });
});
