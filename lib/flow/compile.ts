import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { BUNDLE_VERSION, type BundleNode, type RuntimeBundle } from "./bundle";
import { flowDocumentSchema, type FlowDocument, type FlowDocumentInput, type FlowNode } from "./document";
import { sortKeys } from "./canonical-json";
import type { JsonValue } from "./json";
import { portsOf } from "./node-kinds";
import { ENGLISH } from "../runtime/nlu/english";

/** The English pack with its keys in canonical order, shared by every bundle (bundles are never changed). */
const LANGUAGE = sortKeys(ENGLISH);

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
  return compileParsed(parsed.data, meta);
}

/**
 * `compileFlow` of a document that already passed `flowDocumentSchema` (validate parsed it): the
 * publish path parses a big document once, not twice.
 */
export function compileParsed(document: FlowDocument, meta: CompileMeta): RuntimeBundle {
  const start = document.nodes.find((node) => node.kind === "start");
  if (!start) throw new FlowCompileError("The flow has no Start node", [{ path: "nodes", message: "Add a Start node" }]);

  const nodeIds = new Set(document.nodes.map((node) => node.id));
  // node id → port → target, the last edge from a port winning; nested maps, so no key strings.
  const targets = new Map<string, Map<string, string>>();
  for (const edge of document.edges) {
    let byPort = targets.get(edge.source);
    if (!byPort) targets.set(edge.source, (byPort = new Map()));
    byPort.set(edge.sourcePort, edge.target);
  }

  // The body is built in canonical order (keys sorted at every level, `undefined` dropped), so
  // its plain JSON is the canonical JSON the hash is defined over — no sorted copy of 5,000 nodes.
  const nodes: { [id: string]: BundleNode } = {};
  for (const node of [...document.nodes].sort((a, b) => compareStrings(a.id, b.id))) {
    const byPort = targets.get(node.id);
    const next: { [port: string]: string | null } = {};
    for (const port of sortedPorts(node)) {
      const target = byPort?.get(port);
      next[port] = target !== undefined && nodeIds.has(target) ? target : null;
    }
    // A node's fields in sorted order; position and note are layout, not behaviour.
    nodes[node.id] = { config: sortKeys(node.config), id: node.id, kind: node.kind, next } as BundleNode;
  }

  const intents = document.nodes.flatMap((node) =>
    node.kind === "intent"
      ? node.config.intents.map((intent) => ({
          examples: intent.examples,
          keywords: intent.keywords,
          name: intent.name,
          nodeId: node.id,
          patterns: intent.patterns,
        }))
      : [],
  );

  const variables: { [name: string]: JsonValue } = {};
  for (const variable of [...document.variables].sort((a, b) => compareStrings(a.name, b.name))) {
    variables[variable.name] = sortKeys(variable.initial ?? null);
  }

  const body: Omit<RuntimeBundle, "hash"> = {
    bundleVersion: BUNDLE_VERSION,
    flow: { id: meta.flowId, name: document.name, version: meta.version },
    intents,
    language: LANGUAGE,
    nodes,
    settings: sortKeys(document.settings),
    startNodeId: start.id,
    variables,
  };
  // Canonical JSON (sorted keys), so key order in the document never changes the hash.
  const hash = sha256Hex(JSON.stringify(body));
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

const sortedKindPorts = new Map<FlowNode["kind"], readonly string[]>();

/** The node's output ports in sorted order (an intent node's depend on its intents). */
function sortedPorts(node: FlowNode): readonly string[] {
  if (node.kind === "intent") return [...portsOf(node)].sort();
  let ports = sortedKindPorts.get(node.kind);
  if (!ports) sortedKindPorts.set(node.kind, (ports = [...portsOf(node)].sort()));
  return ports;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
