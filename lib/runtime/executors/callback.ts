import { normalizeText } from "../nlu";
import { ask, isRecord, issue, readString, setVariable, tell } from "../turn";
import type { CallbackSlot } from "../types";
import { validateAnswer } from "../validate-answer";
import type { Executor } from "./executor";
import { openCard, queueOf } from "./ticket";

/**
 * Callback: asks a phone number (validated), asks the host for slots inside business hours,
 * offers them as quick replies, schedules the picked one → `{{callback_ref}}`,
 * `{{callback_slot}}` (its label), `scheduled`; no slots or a failed scheduling → `failed`.
 */
export const callbackExecutor: Executor<"callback"> = {
  enter(node, turn) {
    return ask(turn, node.config.askPhone, node.id, "phone");
  },
  onInput(node, turn, text, awaiting) {
    const queue = queueOf(turn, node.config.queue);
    if (awaiting.field === "phone") {
      const phone = validateAnswer(text, "phone");
      if (typeof phone !== "string") {
        return ask(turn, node.config.invalidPhone, node.id, "phone");
      }
      setVariable(turn, node.id, "callback_phone", phone);
      return issue(turn, node.id, { type: "offer_callback_slots", queue });
    }
    const choices = awaiting.choices ?? [];
    const wanted = normalizeText(text);
    const picked = choices.find((choice) => normalizeText(choice.label) === wanted || choice.value === text.trim());
    if (!picked) {
      return ask(turn, node.config.pickSlot, node.id, "slot", choices);
    }
    const slot = { value: picked.value ?? picked.label, label: picked.label };
    setVariable(turn, node.id, "callback_slot", slot.label);
    setVariable(turn, node.id, "callback_slot_at", slot.value);
    return issue(turn, node.id, {
      type: "schedule_callback",
      queue,
      phone: String(turn.draft.variables.callback_phone ?? ""),
      slot,
      context: openCard(turn),
    });
  },
  onEffect(node, turn, result, pending) {
    if (pending.type === "offer_callback_slots") {
      const slots = Array.isArray(result.slots) ? result.slots.filter(isSlot) : [];
      if (result.ok !== true || slots.length === 0) return { port: "failed" };
      const choices = slots.map((slot) => ({ label: slot.label, value: slot.value }));
      return ask(turn, node.config.askSlot, node.id, "slot", choices);
    }
    const reference = readString(result, "reference");
    if (result.ok !== true || !reference) return { port: "failed" };
    setVariable(turn, node.id, "callback_ref", reference);
    const { callback_slot: label, callback_slot_at: value } = turn.draft.variables;
    turn.outputs.push({ type: "callback", reference, slot: { value: String(value), label: String(label) }, nodeId: node.id });
    tell(turn, node.config.confirmation, node.id);
    return { port: "scheduled" };
  },
};

function isSlot(value: unknown): value is CallbackSlot {
  return isRecord(value) && typeof value.value === "string" && typeof value.label === "string";
}
