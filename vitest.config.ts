import { availableParallelism } from "node:os";
import path from "node:path";

import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // Server modules import "server-only" to keep them out of client bundles; tests run them directly.
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2 cores. Integration
    // files wait on their database much of the time, so two workers there take the PGlite suite from
    // about 470 s to 300 s and the PostgreSQL suite from about 330 s to 200 s (2026-12-07). Each file
    // has its own database, so files never share state.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/helpers/use-test-database.ts"],
          // A guard against a hang, not a speed check: CI runs the suites beside the browser suite on two
          // cores, where the national lists and the large imports take close to a minute.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
