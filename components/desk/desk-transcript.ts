import type { ChatMessage as ViewMessage } from "@/components/chat/chat-message";
import type { ChatMessage, HandoffTrigger } from "@/lib/api/live";

const TRIGGER_WORDS: Record<HandoffTrigger, string> = {
  explicit: "by the flow",
  user_request: "user asked for a person",
  no_match: "bot did not understand",
  error: "after an error",
  frustration: "user frustrated",
};

/**
 * The whole conversation for the agent: what happened with the bot before the handoff is dimmed,
 * and a divider marks where the handoff was requested, so the live thread below stands out.
 */
export function deskTranscript(messages: readonly ChatMessage[], requestedAt: string, trigger: HandoffTrigger): ViewMessage[] {
  const handoffAt = Date.parse(requestedAt);
  let dividerPlaced = false;
  return messages.map((message) => {
    const before = Date.parse(message.at) < handoffAt;
    const view: ViewMessage = {
      id: String(message.seq),
      from: message.from,
      text: message.text,
      ...(message.from === "agent" && message.agentName ? { author: message.agentName } : {}),
      ...(before ? { muted: true } : {}),
    };
    if (!before && !dividerPlaced) {
      dividerPlaced = true;
      view.dividerBefore = `Handoff — ${TRIGGER_WORDS[trigger]}`;
    }
    return view;
  });
}
