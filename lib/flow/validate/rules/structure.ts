import { describeNode } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/** Exactly one Start node, and node ids that name one node each. */
export const checkNodes: Rule = (graph, flow) => {
  const problems: Problem[] = [];
  const starts = graph.nodes.filter((node) => node.kind === "start");
  if (starts.length === 0) {
    problems.push(problem("no_start", "error", "The flow has no Start node, so no conversation can begin.", "Add a Start node and connect it to the first step."));
  }
  for (const extra of starts.slice(1)) {
    problems.push(
      problem("multiple_starts", "error", `${describeNode(extra)} is a second Start node; a conversation can only begin in one place.`, "Delete the extra Start node and connect its path from the first one.", { nodeId: extra.id }),
    );
  }
  const seen = new Set<string>();
  for (const node of flow.nodes) {
    if (!seen.has(node.id)) {
      seen.add(node.id);
      continue;
    }
    problems.push(
      problem("duplicate_node_id", "error", `Two nodes share the id "${node.id}", so connections to it are ambiguous.`, "Give one of them a new id (duplicate the node in the editor instead of copying the JSON).", { nodeId: node.id }),
    );
  }
  return problems;
};

/** Connections must join existing nodes through existing ports, one connection per port. */
export const checkEdges: Rule = (graph, flow) => {
  const problems: Problem[] = [];
  const edgeIds = new Set<string>();
  const usedPorts = new Set<string>();
  for (const edge of flow.edges) {
    const at = { nodeId: edge.source, port: edge.sourcePort };
    if (edgeIds.has(edge.id)) {
      problems.push(problem("duplicate_edge_id", "error", `Two connections share the id "${edge.id}".`, "Delete one of them and draw it again.", at));
    }
    edgeIds.add(edge.id);
    const source = graph.byId.get(edge.source);
    if (!source) {
      problems.push(problem("edge_unknown_source", "error", `A connection starts at "${edge.source}", which is not a node of this flow.`, "Delete the connection.", { port: edge.sourcePort }));
      continue;
    }
    if (!graph.byId.has(edge.target)) {
      problems.push(problem("edge_unknown_target", "error", `${describeNode(source)} connects "${edge.sourcePort}" to "${edge.target}", which is not a node of this flow.`, "Reconnect the path to an existing node.", at));
    }
    const ports = graph.ports.get(source.id);
    if (ports && !ports.includes(edge.sourcePort)) {
      const known = ports.length > 0 ? `Its paths are: ${ports.join(", ")}.` : "It has no outgoing paths.";
      problems.push(problem("edge_unknown_port", "error", `${describeNode(source)} has no "${edge.sourcePort}" path (was an intent renamed or removed?).`, `Delete the connection or reconnect it from an existing path. ${known}`, at));
      continue;
    }
    const portKey = `${edge.source}\u0000${edge.sourcePort}`;
    if (usedPorts.has(portKey)) {
      problems.push(problem("duplicate_edge_from_port", "error", `${describeNode(source)} has two connections from "${edge.sourcePort}"; only one can be followed.`, "Delete one of them; use a Condition node to branch.", at));
    }
    usedPorts.add(portKey);
  }
  return problems;
};

