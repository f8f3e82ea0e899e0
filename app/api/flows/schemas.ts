import { z } from "zod";
import { flowDocumentSchema } from "@/lib/flow";

const flowName = z.string().trim().min(1, "Give the flow a name").max(200, "Keep the name under 200 characters");

/** POST /api/flows */
export const createFlowBody = z.object({ name: flowName, document: flowDocumentSchema.optional() }).strict();

/** PUT /api/flows/:id — `revision` is the one the client loaded; a stale one gets 409. */
export const updateFlowBody = z
  .object({ revision: z.number().int().min(1), document: flowDocumentSchema.optional(), name: flowName.optional() })
  .strict()
  .refine((body) => body.document !== undefined || body.name !== undefined, "Send a document, a name, or both");

/** GET /api/flows?deleted=1 lists the deleted (restorable) flows. */
export const listFlowsQuery = z.object({ deleted: z.enum(["0", "1"]).optional() });

export const flowIdParams = z.object({ id: z.string().min(1).max(100) });
