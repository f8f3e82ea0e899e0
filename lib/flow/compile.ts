import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { BUNDLE_VERSION, type RuntimeBundle } from "./bundle";
import { canonicalJson, sortKeys } from "./canonical-json";
import { flowDocumentSchema, type FlowDocumentInput, type FlowNode } from "./document";
import type { JsonValue } from "./json";
import { portsOf } from "./node-kinds";

export interface CompileMeta {
  flowId: string;
  /** Published version number; 0 for a draft. */
  version: number;
}

/** Thrown when a document cannot be compiled at all (schema errors, no start node). */
export class FlowCompileError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message);
    this.name = "FlowCompileError";
  }
}

/**
 * Turns a flow document into the runtime bundle every host executes: layout stripped, defaults
 * applied, each port resolved to its target node id, intents indexed, hashed. Deterministic: the
 * same document and meta give byte-identical `JSON.stringify` output. Run `validate()` first —
 * compile only refuses what it cannot represent, not what the protocol forbids.
 */
export function compileFlow(input: FlowDocumentInput, meta: CompileMeta): RuntimeBundle {
  const parsed = flowDocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new FlowCompileError(
      "The flow document does not match the schema",
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  const document = parsed.data;
  const start = document.nodes.find((node) => node.kind === "start");
  if (!start) throw new FlowCompileError("The flow has no Start node", [{ path: "nodes", message: "Add a Start node" }]);

  const targets = new Map(document.edges.map((edge) => [`${edge.source}\u0000${edge.sourcePort}`, edge.target]));
  const nodeIds = new Set(document.nodes.map((node) => node.id));
  const resolve = (node: FlowNode, port: string) => {
    const target = targets.get(`${node.id}\u0000${port}`);
    return target !== undefined && nodeIds.has(target) ? target : null;
  };

  const nodes: { [id: string]: JsonValue } = {};
  for (const node of [...document.nodes].sort((a, b) => compareStrings(a.id, b.id))) {
    const next: { [port: string]: string | null } = {};
    for (const port of portsOf(node)) next[port] = resolve(node, port);
    nodes[node.id] = { id: node.id, kind: node.kind, config: sortKeys(node.config), next };
  }

  const intents = document.nodes.flatMap((node) =>
    node.kind === "intent"
      ? node.config.intents.map((intent) => ({
          nodeId: node.id,
          name: intent.name,
          examples: intent.examples,
          keywords: intent.keywords,
          patterns: intent.patterns,
        }))
      : [],
  );

  const variables: { [name: string]: JsonValue } = {};
  for (const variable of [...document.variables].sort((a, b) => compareStrings(a.name, b.name))) {
    variables[variable.name] = variable.initial ?? null;
  }

  const body = {
    bundleVersion: BUNDLE_VERSION,
    flow: { id: meta.flowId, name: document.name, version: meta.version },
    startNodeId: start.id,
    nodes,
    intents,
    variables,
    settings: sortKeys(document.settings),
  };
  const hash = bytesToHex(sha256(utf8ToBytes(canonicalJson(body))));
  const bundle = { ...body, hash };
  // The shape is guaranteed by construction above; the parse documents it and keeps types honest.
  return runtimeBundleFromJson(bundle);
}

import { runtimeBundleSchema } from "./bundle";

function runtimeBundleFromJson(value: unknown): RuntimeBundle {
  return runtimeBundleSchema.parse(value);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
