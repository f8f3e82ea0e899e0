import { z } from "zod";

export const idParams = z.object({ id: z.string().min(1).max(100) });
export const listQuery = z.object({ view: z.enum(["open", "closed"]).default("open"), scope: z.enum(["mine", "all"]).default("all") });
export const messageBody = z.object({ text: z.string().trim().min(1, "Type a message").max(4000) });
export const resolveBody = z.object({ note: z.string().trim().max(2000).optional() });
export const handBackBody = z.object({ note: z.string().trim().max(2000) });
export const transferBody = z.object({ queue: z.string().trim().min(1).max(64), note: z.string().trim().max(2000).optional() });
export const presenceBody = z.object({ presence: z.enum(["online", "away", "offline"]) });
export const ticketStatusBody = z.object({ status: z.enum(["open", "pending", "closed"]) });
export const callbackStatusBody = z.object({ status: z.enum(["scheduled", "done", "missed", "cancelled"]) });
export const ticketListQuery = z.object({ status: z.enum(["open", "pending", "closed"]).optional() });
export const callbackListQuery = z.object({ status: z.enum(["scheduled", "done", "missed", "cancelled"]).optional() });

/** An optional JSON body: empty means `{}`. */
export async function optionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
