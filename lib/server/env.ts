import { z } from "zod";

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/baton.db"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  // Accounts and security (see lib/auth): all optional, Baton works with none of them set.
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  BATON_ADMIN_EMAIL: z.email("BATON_ADMIN_EMAIL must be an email address").optional(),
  BATON_ADMIN_PASSWORD: z.string().min(10, "BATON_ADMIN_PASSWORD must be at least 10 characters").optional(),
  BATON_WEBHOOK_ALLOWLIST: z.string().default(""),
  BATON_TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0"),
  // Simulated conversations `npm start` sends to the demo flow on a fresh database (0 = none).
  BATON_DEMO_TRAFFIC: z.coerce.number().int().min(0).max(10_000).default(150),
});

/** Environment variables, parsed once. A bad value fails loudly at start instead of later. */
export const env = envSchema.parse(withoutEmptyValues(process.env));

// `BATON_ADMIN_EMAIL=` in a shell or .env means "not set", not "an invalid email".
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}

export function databasePath(): string {
  return env.DATABASE_PATH;
}
