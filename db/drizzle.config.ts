import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  // One file per area keeps schema files small; every table must be listed here to get migrations.
  schema: ["./db/schema.ts", "./db/auth-schema.ts", "./db/live-schema.ts", "./db/versions-schema.ts", "./db/analytics-schema.ts"],
  out: "./db/migrations",
});
