import { z } from "zod";

/** `/api/flows/:id/versions/:version` — a published version number. */
export const versionParams = z.object({
  id: z.string().min(1).max(100),
  version: z.coerce.number().int().min(1, "Versions start at 1"),
});
