import { z } from "zod";

/** `?version=<N|latest>` (default latest). */
export const exportQuery = z.object({
  version: z.union([z.literal("latest"), z.coerce.number().int().min(1, "Versions start at 1")]).default("latest"),
});
