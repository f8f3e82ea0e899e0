import { z } from "zod";

export const idParams = z.object({ id: z.string().min(1).max(200) });

export const agentBody = z.object({
  userId: z.string().min(1),
  displayName: z.string().trim().min(1).max(80),
  queues: z.array(z.string().trim().min(1).max(64)).max(100),
  maxConcurrent: z.number().int().min(1).max(50),
});
