import { readFileSync } from "node:fs";
import path from "node:path";
import type { FlowDocumentInput } from "@/lib/flow";
import { XSS_PAYLOADS } from "./xss-corpus";

/**
 * A flow whose every message says one payload (with the payload as its quick reply too), ending
 * in a question that asks one: start → m0 → m1 → … → ask → end. Laid out in a compact grid so
 * the whole flow fits on screen (after Fit view).
 */
export function payloadFlow(name: string): FlowDocumentInput {
  const at = (index: number) => ({ x: (index % 4) * 300, y: Math.floor(index / 4) * 220 });
  const messages = XSS_PAYLOADS.map((payload, index) => ({
    id: `m${index}`,
    kind: "message" as const,
    position: at(index + 1),
    config: { text: payload, quickReplies: [{ label: payload }] },
  }));
  const ids = ["start", ...messages.map((node) => node.id), "ask", "end"];
  return {
    schemaVersion: 1,
    name,
    nodes: [
      { id: "start", kind: "start", position: at(0), config: {} },
      ...messages,
      { id: "ask", kind: "question", position: at(messages.length + 1), config: { prompt: XSS_PAYLOADS[2], variable: "answer", choices: [XSS_PAYLOADS[0]] } },
      { id: "end", kind: "end", position: at(messages.length + 2), config: {} },
    ],
    edges: ids.slice(0, -1).map((source, index) => ({
      id: `e${index}`,
      source,
      sourcePort: source === "ask" ? "answered" : "next",
      target: ids[index + 1] ?? "end",
    })),
  };
}

/**
 * The Acme demo flow with both handoffs sent to `queue` only, so a live test owns its queue and
 * never meets the handoffs of other specs running beside it.
 */
export function acmeOnQueue(queue: string): FlowDocumentInput {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8");
  const acme: FlowDocumentInput = JSON.parse(text);
  return {
    ...acme,
    nodes: acme.nodes.map((node) => (node.kind === "handoff" ? { ...node, config: { ...node.config, queue } } : node)),
    settings: { ...acme.settings, queues: [queue], defaultQueue: queue, routing: [] },
  };
}
