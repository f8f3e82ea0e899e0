import { describe, expect, it } from "vitest";
import { checkDraft, errorAt } from "@/components/editor/inspector/fields/field-errors";
import { nodeKinds } from "@/lib/flow";

describe("zod errors shown under fields", () => {
  it("puts each message under the field its path names", () => {
    const check = checkDraft(nodeKinds.message.configSchema, { text: "", quickReplies: [{ label: "Yes" }, { label: "" }] });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.text).toBe("A message needs text");
    expect(check.errors["quickReplies.1.label"]).toBe("A quick reply needs a label");
    expect(errorAt(check.errors, "quickReplies.0.label")).toBeUndefined();
  });

  it("finds errors inside a list for the list's own error line", () => {
    const check = checkDraft(nodeKinds.intent.configSchema, { prompt: "", intents: [{ name: "Order Status" }] });
    if (check.ok) throw new Error("expected errors");
    expect(errorAt(check.errors, "intents.0.name")).toMatch(/lowercase/);
    expect(errorAt(check.errors, "intents")).toBeUndefined();
    expect(errorAt(check.errors, "intents", true)).toMatch(/lowercase/);
  });

  it("reports a number that is not a number, and passes a valid draft through with defaults", () => {
    const bad = checkDraft(nodeKinds.handoff.configSchema, { ...nodeKinds.handoff.defaults, waitTimeoutSec: Number.NaN });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.waitTimeoutSec).toBeDefined();
    const good = checkDraft(nodeKinds.question.configSchema, { prompt: "Email?", variable: "email" });
    expect(good).toEqual({ ok: true, value: { prompt: "Email?", variable: "email", validation: "text", choices: [] } });
  });
});
