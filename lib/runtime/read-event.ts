import { isRecord } from "./turn";
import type { RuntimeEvent } from "./types";

/**
 * Checks an event that may come from anywhere (a network request, a stored log) and returns it
 * typed, or a reason why it is not a valid event. `step` never trusts its argument's type.
 */
export function readEvent(value: unknown): RuntimeEvent | string {
  if (!isRecord(value)) return "an event must be an object";
  const { type, at } = value;
  if (typeof at !== "string") return "an event needs `at` (ISO time)";
  const text = typeof value.text === "string" ? value.text : undefined;
  switch (type) {
    case "start":
      return { type, at };
    case "user_message":
    case "agent_message":
      return text === undefined ? `${type} needs \`text\`` : { type, at, text };
    case "user_action": {
      const action = value.action;
      if (action === "talk_to_person") return { type, at, action };
      if (isRecord(action) && typeof action.quickReply === "string") return { type, at, action: { quickReply: action.quickReply } };
      return "user_action needs `action`: \"talk_to_person\" or { quickReply }";
    }
    case "effect_result":
      if (typeof value.effectId !== "string" || !isRecord(value.result) || typeof value.result.ok !== "boolean") {
        return "effect_result needs `effectId` and `result: { ok }`";
      }
      // the executor reads each field defensively; only the shape checked here is relied on
      return { type, at, effectId: value.effectId, result: { ...value.result, ok: value.result.ok } };
    case "agent_accepted":
      return typeof value.agentName === "string" ? { type, at, agentName: value.agentName } : "agent_accepted needs `agentName`";
    case "agent_resolved":
      return typeof value.note === "string" ? { type, at, note: value.note } : { type, at };
    case "agent_handed_back":
      return { type, at, note: typeof value.note === "string" ? value.note : "" };
    case "handoff_timeout":
      return typeof value.handoffId === "string" ? { type, at, handoffId: value.handoffId } : "handoff_timeout needs `handoffId`";
    default:
      return `unknown event type ${JSON.stringify(type) ?? "undefined"}`;
  }
}
