import { z } from "zod";

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/baton.db"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
});

/** Environment variables, parsed once. A bad value fails loudly at start instead of later. */
export const env = envSchema.parse(process.env);

export function databasePath(): string {
  return env.DATABASE_PATH;
}
