import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { BUNDLE_VERSION, type BundleNode, type RuntimeBundle } from "./bundle";
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
 * compile only refuses what it cannot represent, not what the protocol forbids. The hash is the
 * sha-256 of the canonical JSON (`canonicalJson`) of the bundle without its hash.
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

  const nodes: { [id: string]: BundleNode } = {};
  for (const node of [...document.nodes].sort((a, b) => compareStrings(a.id, b.id))) {
    const next: { [port: string]: string | null } = {};
    for (const port of portsOf(node)) next[port] = resolve(node, port);
    nodes[node.id] = toBundleNode(node, next);
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

  const body: Omit<RuntimeBundle, "hash"> = {
    bundleVersion: BUNDLE_VERSION,
    flow: { id: meta.flowId, name: document.name, version: meta.version },
    startNodeId: start.id,
    nodes,
    intents,
    variables,
    settings: document.settings,
  };
  // The hash is over canonical JSON (sorted keys), so key order in the document never changes it.
  const hash = sha256Hex(JSON.stringify(canonicalValue(body)));
  return { ...body, hash };
}

/**
 * sha-256 (hex) of the text. Node's native hash when running in Node (5–10× faster on big flows;
 * `getBuiltinModule` keeps browser bundles free of node imports), @noble/hashes elsewhere — the
 * same digest either way.
 */
function sha256Hex(text: string): string {
  const crypto = globalThis.process?.getBuiltinModule?.("node:crypto");
  if (crypto) return crypto.createHash("sha256").update(text, "utf8").digest("hex");
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The node without its layout. Built from the parsed node, so it already has the bundle's shape. */
function toBundleNode(node: FlowNode, next: { [port: string]: string | null }): BundleNode {
  const { position: _position, note: _note, ...rest } = node;
  return { ...rest, next };
}

/**
 * The same value with object keys sorted and `undefined` properties dropped — what
 * `canonicalJson` hashes, in one pass over the typed body (it is JSON by construction).
 */
function canonicalValue(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonicalValue(item)));
  if (typeof value !== "object") return null;
  const sorted: { [key: string]: JsonValue } = {};
  const entries: [string, unknown][] = Object.entries(value);
  entries.sort((a, b) => compareStrings(a[0], b[0]));
  for (const [key, child] of entries) if (child !== undefined) sorted[key] = canonicalValue(child);
  return sorted;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
