import {
  CURRENT_SCHEMA_VERSION,
  flowDocumentSchema,
  flowEdgeSchema,
  flowNodeSchema,
  variableDefSchema,
  type FlowDocument,
  type FlowEdge,
  type FlowNode,
  type VariableDef,
} from "../document";
import { nodeKindNames, nodeKinds, type NodeKind } from "../node-kinds";
import { flowSettingsSchema, type FlowSettings } from "../settings";
import { isRecord } from "./is-record";
import { problem, type Problem } from "./problem";
import { schemaProblems } from "./schema-problems";

/**
 * A node as the graph rules see it. `node` is null when its config did not parse: the node still
 * exists (edges to it are fine, it is reachable) but rules that read its config skip it.
 */
export interface GraphNode {
  id: string;
  /** Position in `document.nodes`: the order problems are reported in. */
  index: number;
  kind: NodeKind | null;
  node: FlowNode | null;
}

/** Whatever parts of a document parsed, plus the schema problems of the parts that did not. */
export interface ParsedFlow {
  nodes: GraphNode[];
  edges: FlowEdge[];
  variables: VariableDef[];
  settings: FlowSettings;
  problems: Problem[];
  /** The whole document as `flowDocumentSchema` parsed it; null when any part failed. */
  document: FlowDocument | null;
}

/**
 * Parses a document part by part — each node, edge, variable and setting on its own — so one bad
 * field yields one problem and the graph rules still run on the rest.
 */
export function parseFlow(input: unknown): ParsedFlow {
  const problems: Problem[] = [];
  const parsed: ParsedFlow = { nodes: [], edges: [], variables: [], settings: defaultSettings(), problems, document: null };
  if (!isRecord(input)) {
    problems.push(problem("schema", "error", "This is not a flow document.", "Open a flow exported by Baton (a JSON object with nodes and edges)."));
    return parsed;
  }
  // The common case — a well-formed document — in one parse; part by part only when it fails.
  const whole = flowDocumentSchema.safeParse(input);
  if (whole.success) {
    const { nodes, edges, variables, settings } = whole.data;
    return { nodes: nodes.map((node, index) => ({ id: node.id, index, kind: node.kind, node })), edges, variables, settings, problems, document: whole.data };
  }
  checkVersion(input.schemaVersion, problems);
  const name = flowDocumentSchema.shape.name.safeParse(input.name);
  if (!name.success) {
    problems.push(...schemaProblems(name.error, { prefix: ["name"], subject: "Flow name", hint: "Give the flow a name of 1–200 characters." }));
  }
  parsed.nodes = parseNodes(input.nodes, problems);
  parsed.edges = parseList(input.edges, "edges", problems, (raw, index) => {
    const edge = flowEdgeSchema.safeParse(raw);
    if (edge.success) return edge.data;
    const source = isRecord(raw) && typeof raw.source === "string" ? raw.source : undefined;
    const port = isRecord(raw) && typeof raw.sourcePort === "string" ? raw.sourcePort : undefined;
    problems.push(...schemaProblems(edge.error, { prefix: ["edges", index], nodeId: source, port, subject: `Connection ${index + 1}`, hint: "Delete this connection and draw it again." }));
    return null;
  });
  parsed.variables = parseList(input.variables, "variables", problems, (raw, index) => {
    const variable = variableDefSchema.safeParse(raw);
    if (variable.success) return variable.data;
    problems.push(...schemaProblems(variable.error, { prefix: ["variables", index], subject: `Variable ${index + 1}`, hint: "Fix the variable in the Variables panel." }));
    return null;
  });
  parsed.settings = parseSettings(input.settings, problems);
  return parsed;
}

function checkVersion(version: unknown, problems: Problem[]): void {
  if (version === CURRENT_SCHEMA_VERSION) return;
  const older = typeof version !== "number" || version < CURRENT_SCHEMA_VERSION;
  problems.push(
    problem(
      "schema_version",
      "error",
      older
        ? `This document uses an older format (schemaVersion ${String(version)}); this version of Baton reads version ${CURRENT_SCHEMA_VERSION}.`
        : `This document was made by a newer Baton (schemaVersion ${String(version)}).`,
      older ? "Upgrade it with migrateDocument() (the editor does this when it opens a flow)." : "Open it with the Baton version that made it, or upgrade Baton.",
    ),
  );
}

function parseNodes(raw: unknown, problems: Problem[]): GraphNode[] {
  const nodes: GraphNode[] = [];
  parseList(raw, "nodes", problems, (item, index) => {
    const id = isRecord(item) && typeof item.id === "string" && item.id !== "" ? item.id : undefined;
    const rawKind = isRecord(item) ? item.kind : undefined;
    const kind = nodeKindNames.find((name) => name === rawKind) ?? null;
    const subject = `${kind ? nodeKinds[kind].label : "Node"} "${id ?? index + 1}"`;
    if (kind === null) {
      problems.push(
        problem(
          "unknown_node_kind",
          "error",
          `${subject} has ${typeof rawKind === "string" ? `an unknown kind "${rawKind}"` : "no kind"}.`,
          `Use one of: ${Object.keys(nodeKinds).join(", ")}.`,
          { nodeId: id },
        ),
      );
    }
    const node = kind === null ? null : flowNodeSchema.safeParse(item);
    if (node && !node.success) {
      problems.push(...schemaProblems(node.error, { prefix: ["nodes", index], nodeId: id, subject, hint: "Fix it in the node's settings panel." }));
    }
    if (id !== undefined) nodes.push({ id, index, kind, node: node?.success ? node.data : null });
    return null;
  });
  return nodes;
}

function parseList<T>(raw: unknown, field: string, problems: Problem[], parseItem: (item: unknown, index: number) => T | null): T[] {
  if (raw === undefined && field !== "nodes") return [];
  if (!Array.isArray(raw)) {
    problems.push(problem("schema", "error", `The document's "${field}" is not a list.`, `Make "${field}" a JSON array. Path: ${field}.`));
    return [];
  }
  const items: T[] = [];
  raw.forEach((item: unknown, index) => {
    const value = parseItem(item, index);
    if (value !== null) items.push(value);
  });
  return items;
}

/** Each setting on its own: a bad one falls back to its default and is reported once. */
function parseSettings(raw: unknown, problems: Problem[]): FlowSettings {
  if (raw === undefined) return defaultSettings();
  if (!isRecord(raw)) {
    problems.push(problem("schema", "error", "The flow settings are not an object.", "Reset the flow settings. Path: settings."));
    return defaultSettings();
  }
  const settings: { [key: string]: unknown } = {};
  for (const key of flowSettingsSchema.keyof().options) {
    const field = flowSettingsSchema.shape[key].safeParse(raw[key]);
    if (field.success) settings[key] = field.data;
    else problems.push(...schemaProblems(field.error, { prefix: ["settings", key], subject: `Flow setting "${key}"`, hint: "Fix it in the flow settings." }));
  }
  const result = flowSettingsSchema.safeParse(settings);
  return result.success ? result.data : defaultSettings();
}

function defaultSettings(): FlowSettings {
  return flowSettingsSchema.parse({});
}
