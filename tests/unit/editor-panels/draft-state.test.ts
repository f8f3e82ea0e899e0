import { describe, expect, it } from "vitest";
import { afterEdit, followStored, initialDraft } from "@/components/editor/inspector/fields/draft-state";
import { checkDraft } from "@/components/editor/inspector/fields/field-errors";
import { nodeKinds } from "@/lib/flow";

const schema = nodeKinds.message.configSchema;
const stored = { text: "Hello", quickReplies: [] };

describe("a form's draft of a stored node config", () => {
  it("keeps invalid text with its error and commits nothing for it", () => {
    const empty = { text: "", quickReplies: [] };
    const state = afterEdit(initialDraft(stored), empty, checkDraft(schema, empty));
    expect(state.draft.text).toBe("");
    expect(state.errors.text).toBe("A message needs text");
    expect(state.own).toBeUndefined();
    // the store did not change, so the draft stays as typed
    expect(followStored(state, stored)).toBe(state);
  });

  it("keeps typing on screen when its own commit comes back from the store", () => {
    const typed = { text: "Hello!", quickReplies: [] };
    const check = checkDraft(schema, typed);
    const committed = afterEdit(initialDraft(stored), typed, check);
    if (!check.ok) throw new Error("expected a valid draft");
    // an invalid keystroke right after the valid one, before the store's echo arrives
    const invalid = { text: "", quickReplies: [] };
    const state = afterEdit(committed, invalid, checkDraft(schema, invalid));
    const echoed = followStored(state, check.value);
    expect(echoed.draft.text).toBe("");
    expect(echoed.errors.text).toBeDefined();
  });

  it("follows an outside change such as undo, dropping the draft's errors", () => {
    const empty = { text: "", quickReplies: [] };
    const state = afterEdit(initialDraft(stored), empty, checkDraft(schema, empty));
    const undone = { text: "Earlier text", quickReplies: [] };
    const next = followStored(state, undone);
    expect(next.draft).toBe(undone);
    expect(next.errors).toEqual({});
  });
});
