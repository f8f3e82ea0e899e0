import type { FlowEdge, VariableDef } from "../document";
import { nodeKinds, portsOf } from "../node-kinds";
import type { FlowSettings } from "../settings";
import { nodeContent, type NodeContent } from "./node-content";
import type { GraphNode, ParsedFlow } from "./parse-flow";

/**
 * The parsed parts of a document indexed for the rules: every lookup is a map, so each rule is one
 * pass over nodes or edges. Nodes whose id repeats an earlier node are left out (they are reported
 * as duplicates; which of the two an edge means is unknowable).
 */
export interface FlowGraph {
  nodes: GraphNode[];
  byId: Map<string, GraphNode>;
  /** Edges whose source and target exist, in document order. */
  edges: FlowEdge[];
  /** The first edge's target for each `node id → port`. */
  targets: Map<string, Map<string, string>>;
  /** Distinct successors of each node, in edge order. */
  successors: Map<string, string[]>;
  /** Each node's output ports; null when its config did not parse (intent ports are unknown then). */
  ports: Map<string, readonly string[] | null>;
  /** What each node with a parsed config says, runs and stores (several rules read it). */
  contents: Map<string, NodeContent>;
  variables: VariableDef[];
  settings: FlowSettings;
  /** The Handoff node that takes `user_request` (and `error` without an error handler). */
  userRequestHandoffId: string | undefined;
}

/** Indexes a parsed flow; edges from a node to a port it does not have are left out. */
export function buildFlowGraph(flow: ParsedFlow): FlowGraph {
  const byId = new Map<string, GraphNode>();
  const nodes: GraphNode[] = [];
  const ports = new Map<string, readonly string[] | null>();
  const contents = new Map<string, NodeContent>();
  for (const node of flow.nodes) {
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    nodes.push(node);
    ports.set(node.id, portsOfGraphNode(node));
    if (node.node) contents.set(node.id, nodeContent(node.node));
  }
  const targets = new Map<string, Map<string, string>>();
  const successors = new Map<string, string[]>();
  const edges: FlowEdge[] = [];
  for (const edge of flow.edges) {
    const source = byId.get(edge.source);
    if (!source || !byId.has(edge.target)) continue;
    const sourcePorts = ports.get(source.id);
    if (sourcePorts && !sourcePorts.includes(edge.sourcePort)) continue;
    edges.push(edge);
    let byPort = targets.get(edge.source);
    if (!byPort) targets.set(edge.source, (byPort = new Map()));
    if (!byPort.has(edge.sourcePort)) byPort.set(edge.sourcePort, edge.target);
    let next = successors.get(edge.source);
    if (!next) successors.set(edge.source, (next = []));
    if (!next.includes(edge.target)) next.push(edge.target);
  }
  const configured = flow.settings.liveAgent.handoffNodeId;
  const firstHandoff = nodes.find((node) => node.kind === "handoff")?.id;
  return {
    nodes,
    byId,
    edges,
    targets,
    successors,
    ports,
    contents,
    variables: flow.variables,
    settings: flow.settings,
    userRequestHandoffId: configured !== undefined && byId.get(configured)?.kind === "handoff" ? configured : firstHandoff,
  };
}

function portsOfGraphNode(node: GraphNode): readonly string[] | null {
  if (node.node) return portsOf(node.node);
  if (node.kind && node.kind !== "intent") return nodeKinds[node.kind].ports;
  return null;
}

/** Where `port` of `nodeId` leads, if it is connected. */
export function targetOf(graph: FlowGraph, nodeId: string, port: string): string | undefined {
  return graph.targets.get(nodeId)?.get(port);
}

/** The label designers see for a node: `Message "greet"`. */
export function describeNode(node: GraphNode): string {
  return `${node.kind ? nodeKinds[node.kind].label : "Node"} "${node.id}"`;
}
