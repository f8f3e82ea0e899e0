import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/db/queries/live/webhooks";

export const idParams = z.object({ id: z.string().min(1).max(200) });

const url = z.url({ protocol: /^https?$/ }).max(2000);

export const webhookBody = z.object({
  url,
  secret: z.string().min(16, "Use a secret of at least 16 characters").max(200),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  active: z.boolean().default(true),
});

export const webhookUpdateBody = webhookBody.extend({ secret: webhookBody.shape.secret.optional() });
