import { nodeKinds } from "../node-kinds";
import { isRecord } from "../validate/is-record";
import type { Migration } from "./migration";

/**
 * Version 0, "the prototype format": nodes had `type` and `data` instead of `kind` and `config`;
 * edges had `sourceHandle` instead of `sourcePort` (null for a node's single handle) and no `id`;
 * there was no `settings` object — the live-agent phrases lived at the top level as
 * `agentPhrases: string[]`.
 */
export const v0Prototype: Migration = {
  from: 0,
  to: 1,
  name: "0→1 prototype format: kind/config, edge ports and ids, settings object",
  up(document) {
    const { agentPhrases, ...rest } = document;
    const nodes = Array.isArray(document.nodes) ? document.nodes.map(upgradeNode) : document.nodes;
    const kindOf = new Map<string, string>();
    if (Array.isArray(nodes)) {
      for (const node of nodes) if (isRecord(node) && typeof node.id === "string" && typeof node.kind === "string") kindOf.set(node.id, node.kind);
    }
    // Ids the prototype did write are kept; generated ones avoid them.
    const usedIds = new Set<string>();
    if (Array.isArray(document.edges)) {
      for (const edge of document.edges) if (isRecord(edge) && typeof edge.id === "string") usedIds.add(edge.id);
    }
    const edges = Array.isArray(document.edges) ? document.edges.map((edge) => upgradeEdge(edge, kindOf, usedIds)) : document.edges;
    const settings = isRecord(document.settings) ? document.settings : {};
    const phrases = Array.isArray(agentPhrases) ? agentPhrases.filter((phrase) => typeof phrase === "string" && phrase.trim() !== "") : [];
    const liveAgent = isRecord(settings.liveAgent) ? settings.liveAgent : {};
    return {
      ...rest,
      schemaVersion: 1,
      nodes,
      edges: edges ?? [],
      settings: phrases.length > 0 ? { ...settings, liveAgent: { ...liveAgent, phrases } } : settings,
    };
  },
};

function upgradeNode(node: unknown): unknown {
  if (!isRecord(node)) return node;
  const { type, data, ...rest } = node;
  return { ...rest, kind: rest.kind ?? type, config: rest.config ?? data ?? {} };
}

function upgradeEdge(edge: unknown, kindOf: Map<string, string>, usedIds: Set<string>): unknown {
  if (!isRecord(edge)) return edge;
  const { sourceHandle, targetHandle: _unusedTargetHandle, ...rest } = edge;
  const source = typeof rest.source === "string" ? rest.source : "";
  const sourcePort = rest.sourcePort ?? (typeof sourceHandle === "string" && sourceHandle !== "" ? sourceHandle : firstPort(kindOf.get(source)));
  if (typeof rest.id === "string" && rest.id !== "") return { ...rest, sourcePort };
  let id = `e-${source}-${String(sourcePort)}`;
  for (let n = 2; usedIds.has(id); n++) id = `e-${source}-${String(sourcePort)}-${n}`;
  usedIds.add(id);
  return { ...rest, id, sourcePort };
}

/** The prototype drew one unnamed handle on single-port nodes: that handle is the kind's first port. */
function firstPort(kind: string | undefined): string {
  const spec = Object.entries(nodeKinds).find(([name]) => name === kind)?.[1];
  return spec?.ports[0] ?? "next";
}

