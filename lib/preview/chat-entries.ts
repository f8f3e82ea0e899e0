import type { Output, QuickReply } from "@/lib/runtime";

/** One line of the preview chat (the shape `components/chat` renders). */
export interface PreviewChatEntry {
  id: string;
  from: "user" | "bot" | "agent" | "system";
  text: string;
  /** Who wrote it when that matters (the agent's name). */
  author?: string;
  /** A ticket or callback reference the user keeps. */
  reference?: string;
}

/**
 * Chat lines for one interaction's outputs: messages as they were said, a reference line per
 * ticket or callback, and a closing line when the conversation ended. `nextId` numbers them.
 */
export function entriesFromOutputs(outputs: readonly Output[], nextId: () => string, agentName?: string): PreviewChatEntry[] {
  const entries: PreviewChatEntry[] = [];
  for (const output of outputs) {
    if (output.type === "message") {
      const entry: PreviewChatEntry = { id: nextId(), from: output.from, text: output.text };
      if (output.from === "agent" && agentName) entry.author = agentName;
      entries.push(entry);
    } else if (output.type === "ticket") {
      entries.push({ id: nextId(), from: "system", text: `Ticket reference: ${output.reference}`, reference: output.reference });
    } else if (output.type === "callback") {
      entries.push({ id: nextId(), from: "system", text: `Callback ${output.slot.label}, reference: ${output.reference}`, reference: output.reference });
    } else if (output.type === "status" && output.status === "ended") {
      entries.push({ id: nextId(), from: "system", text: "The conversation has ended." });
    }
  }
  return entries;
}

/** The quick replies of the latest message that offered some in these outputs, if any. */
export function latestQuickReplies(outputs: readonly Output[]): QuickReply[] | undefined {
  const last = outputs.findLast((output) => output.type === "message" && output.quickReplies !== undefined && output.quickReplies.length > 0);
  return last?.type === "message" ? last.quickReplies : undefined;
}
