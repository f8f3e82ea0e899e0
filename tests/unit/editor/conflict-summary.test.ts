import { describe, expect, it } from "vitest";
import { flowDocumentSchema } from "@/lib/flow";
import { summarizeConflict } from "@/lib/editor/conflict-summary";
import { createNode } from "@/lib/editor/create-node";

const base = () =>
  flowDocumentSchema.parse({
    schemaVersion: 1,
    name: "Support",
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
      { id: "hello", kind: "message", position: { x: 200, y: 0 }, config: { text: "Hello" } },
    ],
  });

describe("conflict summary", () => {
  it("names the nodes only in mine, only in theirs and changed in both, ignoring moves", () => {
    const mine = base();
    const theirs = base();
    mine.nodes.push(createNode("handoff", "human", { x: 0, y: 0 }));
    theirs.nodes.push({ id: "bye", kind: "end", position: { x: 0, y: 0 }, config: { message: "Bye" } });
    theirs.nodes[1] = { id: "hello", kind: "message", position: { x: 999, y: 0 }, config: { text: "Hi there", quickReplies: [] } };
    mine.nodes[0] = createNode("start", "start", { x: 50, y: 50 });
    const summary = summarizeConflict(mine, { ...theirs, name: "Support v2" });
    expect(summary.mineNodeCount).toBe(3);
    expect(summary.theirsNodeCount).toBe(3);
    expect(summary.onlyMine).toEqual(["Queue: support (handoff)"]);
    expect(summary.onlyTheirs).toEqual(["Bye (end)"]);
    expect(summary.changed).toEqual(["Hello (message)"]);
    expect(summary.nameChanged).toEqual({ mine: "Support", theirs: "Support v2" });
  });
});
