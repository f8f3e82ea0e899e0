import type { FlowDocument, FlowEdge, FlowNode } from "@/lib/flow";
import { nodeKinds, type NodeKind } from "@/lib/flow";

/** A JSON-shaped document the tests can mutate freely before validating. */
export interface TestDocument {
  schemaVersion: number;
  name: string;
  nodes: { id: string; kind: string; position: { x: number; y: number }; config: Record<string, unknown> }[];
  edges: FlowEdge[];
  variables: { name: string; initial?: unknown; description?: string }[];
  settings: Record<string, unknown> & { liveAgent?: Record<string, unknown> };
}

/** A node of `kind` with its default config, overridden by `config`. */
export function node(id: string, kind: NodeKind, config: Record<string, unknown> = {}): TestDocument["nodes"][number] {
  return { id, kind, position: { x: 0, y: 0 }, config: { ...structuredClone(nodeKinds[kind].defaults), ...config } };
}

/** A connection from `source`'s `port` to `target`, with a readable id. */
export function edge(source: string, port: string, target: string): FlowEdge {
  return { id: `${source}.${port}`, source, sourcePort: port, target };
}

/**
 * A small support flow with no problems at all: a menu intent, a question with a fallback, a
 * handoff whose `unavailable` path opens a ticket. Rule tests break one thing in it at a time.
 */
export function cleanFlow(): TestDocument {
  return {
    schemaVersion: 1,
    name: "Support",
    nodes: [
      node("start", "start"),
      node("menu", "intent", {
        prompt: "How can I help?",
        intents: [
          { name: "order_status", examples: ["where is my order"], keywords: [], patterns: ["order\\s+\\d+"] },
          { name: "agent", examples: [], keywords: ["complaint"], patterns: [] },
        ],
      }),
      node("ask-order", "question", { prompt: "Your order number?", variable: "order_number" }),
      node("status", "message", { text: "Order {{order_number}} is on its way." }),
      node("retry", "fallback"),
      node("handoff", "handoff", { queue: "support" }),
      node("ticket", "ticket"),
      node("bye", "end", { message: "Bye!" }),
    ],
    edges: [
      edge("start", "next", "menu"),
      edge("menu", "order_status", "ask-order"),
      edge("menu", "agent", "handoff"),
      edge("menu", "no_match", "retry"),
      edge("ask-order", "answered", "status"),
      edge("ask-order", "no_match", "retry"),
      edge("retry", "exhausted", "handoff"),
      edge("status", "next", "bye"),
      edge("handoff", "unavailable", "ticket"),
      edge("handoff", "handed_back", "menu"),
      edge("ticket", "created", "bye"),
      edge("ticket", "failed", "bye"),
    ],
    variables: [],
    settings: { liveAgent: { handoffNodeId: "handoff" } },
  };
}

export type { FlowDocument, FlowNode };
