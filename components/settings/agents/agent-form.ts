import type { AgentInput } from "@/lib/api/live";

/** The agent form as typed (the chat limit stays text until saved). */
export interface AgentDraft {
  userId: string;
  displayName: string;
  queues: string[];
  maxConcurrent: string;
}

/** Checks an agent draft like the server does; returns field problems or the API input. */
export function validateAgentDraft(draft: AgentDraft): { errors: Record<string, string>; input: AgentInput | null } {
  const errors: Record<string, string> = {};
  if (!draft.userId) errors.userId = "Pick the user who answers chats.";
  const displayName = draft.displayName.trim();
  if (!displayName) errors.displayName = "Users see this name when the agent joins.";
  else if (displayName.length > 80) errors.displayName = "Keep it under 80 characters.";
  const max = /^\s*\d+\s*$/.test(draft.maxConcurrent) ? Number(draft.maxConcurrent) : NaN;
  if (!Number.isInteger(max) || max < 1 || max > 50) errors.maxConcurrent = "A whole number from 1 to 50.";
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return { errors, input: { userId: draft.userId, displayName, queues: draft.queues, maxConcurrent: max } };
}
