import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // The marker package throws outside React Server Components; route handlers run in plain Node here.
      "server-only": path.join(root, "tests/unit/helpers/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Each test file gets its own temp SQLite file (see tests/unit/helpers/temp-db.ts).
    pool: "forks",
    setupFiles: ["tests/unit/helpers/temp-database-env.ts"],
    testTimeout: 20_000,
  },
});
