import type { Conversation, Interaction, QuickReply } from "@/lib/runtime";
import type { ActionStep } from "./chat-to-test-case";

/**
 * Performs one action step of a test case on a running conversation, the way `runTestCase` does
 * (a quick reply is found by its label among those shown). Returns the interaction and the text
 * the chat shows for the user's part, if any.
 */
export function replayStep(conversation: Conversation, step: ActionStep, shown: readonly QuickReply[]): { userText: string | null; interaction: Promise<Interaction> } {
  if ("user" in step) return { userText: step.user, interaction: conversation.send(step.user) };
  if ("action" in step) return { userText: "Talk to a person", interaction: conversation.send({ action: step.action }) };
  if ("quickReply" in step) {
    const wanted = step.quickReply.trim().toLowerCase();
    const reply = shown.find((candidate) => candidate.label.trim().toLowerCase() === wanted);
    return { userText: step.quickReply, interaction: conversation.send({ action: { quickReply: reply?.value ?? step.quickReply } }) };
  }
  const agent = step.agent;
  const interaction =
    agent === "accept" ? conversation.agentAccept("Alex")
    : agent === "resolve" ? conversation.agentResolve()
    : agent === "timeout" ? conversation.handoffTimeout()
    : "accept" in agent ? conversation.agentAccept(agent.accept)
    : "reply" in agent ? conversation.agentReply(agent.reply)
    : "resolve" in agent ? conversation.agentResolve(agent.resolve)
    : conversation.agentHandBack(agent.hand_back);
  return { userText: null, interaction };
}
