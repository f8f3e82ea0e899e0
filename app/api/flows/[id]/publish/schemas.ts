import { z } from "zod";

/** POST /api/flows/:id/publish — `revision` is the draft the designer sees; a stale one gets 409. */
export const publishBody = z
  .object({
    revision: z.number().int().min(1),
    note: z.string().trim().max(500, "Keep the note under 500 characters").default(""),
  })
  .strict();
