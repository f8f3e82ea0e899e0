import type { ChatMessage as ViewMessage } from "@/components/chat/chat-message";
import type { ChatMessage } from "@/lib/api/live";

/** Live messages as the shared chat view shows them (agent messages signed with the agent's name). */
export function toViewMessages(messages: readonly ChatMessage[]): ViewMessage[] {
  return messages.map((message) => ({
    id: String(message.seq),
    from: message.from,
    text: message.text,
    ...(message.from === "agent" && message.agentName ? { author: message.agentName } : {}),
  }));
}
