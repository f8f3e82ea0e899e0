import { describe, expect, it } from "vitest";
import { renamePortEdges } from "@/components/editor/inspector/intent/port-rename";
import { newQueueName, queueNameError, renameQueue } from "@/components/editor/settings/queue-ops";
import { flowDocumentSchema } from "@/lib/flow";

const doc = flowDocumentSchema.parse({
  schemaVersion: 1,
  name: "Support",
  settings: { queues: ["support", "billing"], defaultQueue: "billing", routing: [{ queue: "billing", when: { "==": [{ var: "intent" }, "refund"] } }] },
  nodes: [
    { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
    { id: "ask", kind: "intent", position: { x: 0, y: 0 }, config: { intents: [{ name: "refund" }, { name: "status" }] } },
    { id: "human", kind: "handoff", position: { x: 0, y: 0 }, config: { queue: "billing" } },
    { id: "ticket", kind: "ticket", position: { x: 0, y: 0 }, config: { queue: "support" } },
  ],
  edges: [
    { id: "start:next", source: "start", sourcePort: "next", target: "ask" },
    { id: "ask:refund", source: "ask", sourcePort: "refund", target: "human" },
    { id: "human:unavailable", source: "human", sourcePort: "unavailable", target: "ticket" },
  ],
});

describe("renaming an intent keeps its connection", () => {
  it("moves the edge to the renamed port and leaves other edges as they were", () => {
    const next = renamePortEdges(doc, "ask", "refund", "money_back");
    expect(next.edges.find((edge) => edge.target === "human")).toEqual({ id: "ask:money_back", source: "ask", sourcePort: "money_back", target: "human" });
    expect(next.edges[0]).toBe(doc.edges[0]);
    expect(next.edges[2]).toBe(doc.edges[2]);
  });

  it("changes nothing when the port was not connected or the new port already is", () => {
    expect(renamePortEdges(doc, "ask", "status", "where")).toBe(doc);
    const both = { ...doc, edges: [...doc.edges, { id: "ask:status", source: "ask", sourcePort: "status", target: "ticket" }] };
    expect(renamePortEdges(both, "ask", "refund", "status")).toBe(both);
  });
});

describe("renaming a queue", () => {
  it("renames it everywhere it is used, leaving nodes that do not use it untouched", () => {
    const next = renameQueue(doc, "billing", "payments");
    expect(next.settings.queues).toEqual(["support", "payments"]);
    expect(next.settings.defaultQueue).toBe("payments");
    expect(next.settings.routing[0]?.queue).toBe("payments");
    const human = next.nodes.find((node) => node.id === "human");
    expect(human?.kind === "handoff" && human.config.queue).toBe("payments");
    expect(next.nodes.find((node) => node.id === "ticket")).toBe(doc.nodes.find((node) => node.id === "ticket"));
    expect(flowDocumentSchema.safeParse(next).success).toBe(true);
  });

  it("refuses empty and duplicate names but accepts keeping the current one", () => {
    expect(queueNameError(["support", "billing"], " ")).toMatch(/needs a name/);
    expect(queueNameError(["support", "billing"], "support", "billing")).toMatch(/already/);
    expect(queueNameError(["support", "billing"], "billing", "billing")).toBeNull();
    expect(newQueueName(["support", "queue_2"])).toBe("queue_3");
  });
});
