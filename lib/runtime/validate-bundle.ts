import type { BundleNode, NodeKind, RuntimeBundle } from "./bundle-types";
import { isRecord } from "./turn";

/** A problem in a bundle: errors stop the CLI (exit 1), warnings are advice. */
export interface BundleProblem {
  severity: "error" | "warning";
  code: string;
  nodeId?: string;
  message: string;
  hint?: string;
}

/** Ports that must lead somewhere, per kind (mirrors lib/flow's node kinds; a test keeps them equal). */
export const REQUIRED_PORTS: { [K in NodeKind]: readonly string[] } = {
  start: ["next"], message: ["next"], question: ["answered"], intent: [], condition: ["true", "false"], set: ["next"],
  webhook: ["ok"], fallback: [], handoff: ["unavailable"], ticket: [], callback: [], end: [],
};
const LOOPING_KINDS = new Set(["start", "message", "condition", "set", "webhook"]);

/**
 * Structural checks of a runtime bundle, for the CLI and for hosts loading a bundle they did not
 * compile: dangling targets, a missing start, required ports (a Handoff without an unavailable
 * path), settings pointing nowhere, unknown queues, unreachable nodes, loops that never wait.
 */
export function validateBundle(value: unknown): BundleProblem[] {
  const shape = shapeProblem(value);
  if (shape) return [{ severity: "error", code: "not_a_bundle", message: shape, hint: "Export the bundle from Baton (Publish → Export), or compile the document with compileFlow" }];
  if (!isBundle(value)) return [];
  const bundle = value;
  const problems: BundleProblem[] = [];
  const add = (severity: BundleProblem["severity"], code: string, message: string, nodeId?: string, hint?: string) =>
    problems.push({ severity, code, message, ...(nodeId ? { nodeId } : {}), ...(hint ? { hint } : {}) });
  const nodes = Object.values(bundle.nodes);
  const has = (id: string | undefined, kind?: NodeKind) => id !== undefined && Object.hasOwn(bundle.nodes, id) && (!kind || bundle.nodes[id]?.kind === kind);
  const { settings } = bundle;

  const pack: unknown = bundle.language;
  if (pack === undefined) {
    add("warning", "no_language", "The bundle has no language pack (it predates them): the CLI reads it as English, baton-runtime.mjs refuses it", undefined, "Export it again from Baton");
  } else if (!isRecord(pack) || !isRecord(pack.sentiment) || !isRecord(pack.liveAgent) || !isRecord(pack.texts) || !Array.isArray(pack.stopWords)) {
    add("error", "bad_language", "The bundle's language pack is malformed", undefined, "Export it again from Baton");
  }
  if (!has(bundle.startNodeId, "start")) add("error", "missing_start", `Start node "${bundle.startNodeId}" does not exist`, undefined, "Add a Start node");
  for (const node of nodes) {
    if (!Object.hasOwn(REQUIRED_PORTS, node.kind)) {
      add("error", "unknown_kind", `Unknown node kind "${String(node.kind)}"`, node.id);
      continue;
    }
    for (const [port, target] of Object.entries(node.next)) {
      if (target !== null && !has(target)) add("error", "dangling_target", `Port "${port}" leads to missing node "${target}"`, node.id, "Reconnect the port");
    }
    for (const port of REQUIRED_PORTS[node.kind]) {
      if ((node.next[port] ?? null) !== null) continue;
      if (node.kind === "handoff") add("error", "handoff_without_unavailable", "Handoff has no unavailable path: users would reach a dead end when nobody is available", node.id, "Connect unavailable to a Ticket or Callback node");
      else add("error", "unconnected_port", `Required port "${port}" is not connected`, node.id, "Connect it to the next step");
    }
    nodeProblems(node, add);
    const queue = "queue" in node.config ? node.config.queue : "";
    if (queue && !settings.queues.includes(queue)) add("warning", "unknown_queue", `Queue "${queue}" is not in the flow's queues`, node.id, "Add it under Settings → Queues");
  }
  const handoffs = nodes.filter((node) => node.kind === "handoff");
  if (settings.liveAgent.handoffNodeId && !has(settings.liveAgent.handoffNodeId, "handoff")) add("error", "bad_setting", `liveAgent.handoffNodeId "${settings.liveAgent.handoffNodeId}" is not a Handoff node`);
  if (settings.errorHandlerNodeId && !has(settings.errorHandlerNodeId)) add("error", "bad_setting", `errorHandlerNodeId "${settings.errorHandlerNodeId}" does not exist`);
  if (settings.defaultFallbackNodeId && !has(settings.defaultFallbackNodeId, "fallback")) add("error", "bad_setting", `defaultFallbackNodeId "${settings.defaultFallbackNodeId}" is not a Fallback node`);
  if (settings.liveAgent.enabled && handoffs.length === 0) add("error", "no_handoff_node", "Users can ask for a person but the flow has no Handoff node", undefined, "Add a Handoff node or disable liveAgent with a reason");
  if (!settings.liveAgent.enabled && !settings.liveAgent.disabledReason.trim()) add("warning", "user_request_disabled", "Talking to a person is disabled without a reason", undefined, "Say why in liveAgent.disabledReason");
  for (const rule of settings.routing) if (!settings.queues.includes(rule.queue)) add("warning", "unknown_queue", `Routing rule "${rule.label}" sends to unknown queue "${rule.queue}"`);
  if (!settings.queues.includes(settings.defaultQueue)) add("warning", "unknown_queue", `Default queue "${settings.defaultQueue}" is not in the flow's queues`);

  const reachable = reachableFrom(bundle, [bundle.startNodeId, settings.liveAgent.handoffNodeId, settings.errorHandlerNodeId, settings.defaultFallbackNodeId, handoffs[0]?.id]);
  for (const node of nodes) if (!reachable.has(node.id)) add("warning", "unreachable", "No path leads to this node", node.id, "Connect it or delete it");
  for (const id of loopsWithoutWaiting(bundle)) add("warning", "loop_without_input", "This node is on a loop that never waits for the user (the step budget will stop it)", id);
  return problems;
}

type Add = (severity: BundleProblem["severity"], code: string, message: string, nodeId?: string, hint?: string) => void;

function nodeProblems(node: BundleNode, add: Add): void {
  if (node.kind === "intent") {
    for (const intent of node.config.intents) {
      for (const pattern of intent.patterns) {
        try {
          new RegExp(pattern, "i");
        } catch {
          add("error", "bad_pattern", `Intent "${intent.name}" has an invalid pattern ${JSON.stringify(pattern)}`, node.id);
        }
      }
    }
  }
  if (node.kind === "question" && node.config.validation === "choice" && node.config.choices.length === 0) {
    add("error", "no_choices", "A choice question needs choices", node.id);
  }
}

function reachableFrom(bundle: RuntimeBundle, roots: (string | undefined)[]): Set<string> {
  const seen = new Set<string>();
  const todo = roots.filter((id): id is string => id !== undefined);
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    const node = bundle.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    for (const target of Object.values(node.next)) if (target) todo.push(target);
  }
  return seen;
}

/** Nodes on a cycle made only of kinds that never wait for the user. */
function loopsWithoutWaiting(bundle: RuntimeBundle): string[] {
  const onLoop = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]) => {
    const node = bundle.nodes[id];
    if (!node || !LOOPING_KINDS.has(node.kind) || state.get(id) === "done") return;
    if (state.get(id) === "open") {
      for (const member of path.slice(path.indexOf(id))) onLoop.add(member);
      return;
    }
    state.set(id, "open");
    for (const target of Object.values(node.next)) if (target) visit(target, [...path, id]);
    state.set(id, "done");
  };
  for (const id of Object.keys(bundle.nodes)) visit(id, []);
  return [...onLoop];
}

function shapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return "This is not a JSON object";
  if (value.schemaVersion !== undefined && Array.isArray(value.nodes)) return "This is a flow document, not a runtime bundle";
  if (value.bundleVersion !== 1) return `Unsupported bundleVersion ${JSON.stringify(value.bundleVersion)} (this runtime reads 1)`;
  if (typeof value.startNodeId !== "string" || !isRecord(value.nodes) || !Array.isArray(value.intents) || !isRecord(value.settings)) {
    return "The bundle is missing startNodeId, nodes, intents or settings";
  }
  for (const [id, node] of Object.entries(value.nodes)) {
    if (!isRecord(node) || node.id !== id || typeof node.kind !== "string" || !isRecord(node.config) || !isRecord(node.next)) return `Node "${id}" is malformed`;
  }
  const { liveAgent, frustration, queues, routing } = value.settings;
  if (!isRecord(liveAgent) || !isRecord(frustration) || !Array.isArray(queues) || !Array.isArray(routing)) return "The bundle's settings are incomplete";
  return null;
}

/** The shape was checked by `shapeProblem`; this narrows the type for the checks that follow. */
function isBundle(value: unknown): value is RuntimeBundle {
  return shapeProblem(value) === null;
}
