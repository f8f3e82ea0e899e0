import { z } from "zod";
import { AppError } from "@/lib/errors";

export const flowIdParams = z.object({ flowId: z.string().min(1).max(200) });
export const conversationParams = z.object({ id: z.uuid() });

/** `{ text }` or `{ action: "talk_to_person" | { quickReply } }`. */
export const sendChatBody = z.union([
  z.object({ text: z.string().trim().min(1, "Type a message").max(4000) }).strict(),
  z.object({ action: z.union([z.literal("talk_to_person"), z.object({ quickReply: z.string().min(1).max(500) }).strict()]) }).strict(),
]);

/** The conversation token: `Authorization: Bearer …`, or `?token=` (EventSource sends no headers). */
export function chatToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw new AppError("unauthorized", "Use Authorization: Bearer <token>.");
    return match[1];
  }
  return new URL(request.url).searchParams.get("token");
}
