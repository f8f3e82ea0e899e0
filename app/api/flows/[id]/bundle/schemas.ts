import { z } from "zod";

/** `?version=<N|latest>` (default latest) and `download=1` for a file download. */
export const bundleQuery = z.object({
  version: z.union([z.literal("latest"), z.coerce.number().int().min(1, "Versions start at 1")]).default("latest"),
  download: z.enum(["0", "1"]).optional(),
});
