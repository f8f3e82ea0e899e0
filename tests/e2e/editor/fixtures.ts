import type { FlowDocumentInput } from "@/lib/flow";

/** A small support flow: start → intent (refund | order_status | no_match) → handoff → ticket. */
export function supportFlow(name = "Support"): FlowDocumentInput {
  return {
    schemaVersion: 1,
    name,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
      {
        id: "route", kind: "intent", position: { x: 320, y: 0 },
        config: { prompt: "How can I help?", intents: [{ name: "refund", examples: ["refund please"] }, { name: "order_status", examples: ["where is my order"] }] },
      },
      { id: "status", kind: "message", position: { x: 640, y: 160 }, config: { text: "Your parcel is on its way" } },
      { id: "human", kind: "handoff", position: { x: 640, y: -160 }, config: { queue: "support" } },
      { id: "ticket", kind: "ticket", position: { x: 960, y: -160 }, config: {} },
      { id: "sorry", kind: "fallback", position: { x: 640, y: 400 }, config: { messages: ["Sorry?"] } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "route" },
      { id: "e2", source: "route", sourcePort: "refund", target: "human" },
      { id: "e3", source: "route", sourcePort: "order_status", target: "status" },
      { id: "e4", source: "human", sourcePort: "unavailable", target: "ticket" },
      { id: "e5", source: "route", sourcePort: "no_match", target: "sorry" },
    ],
  };
}
