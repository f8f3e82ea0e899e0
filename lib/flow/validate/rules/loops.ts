import { nodeKinds } from "../../node-kinds";
import { describeNode, type FlowGraph } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * Loops in which no node waits for the user (e.g. message → condition → message): the runtime
 * would spin until its step budget fires the error trigger. Found as strongly connected components
 * (Tarjan) of the graph restricted to nodes that do not wait for input; reported once per loop, on
 * its first node in document order.
 */
export const checkLoops: Rule = (graph) => {
  const problems: Problem[] = [];
  for (const component of runawayLoops(graph)) {
    const first = component[0];
    if (!first) continue;
    const node = graph.byId.get(first);
    if (!node) continue;
    const path = component.length > 6 ? `${component.slice(0, 6).join(" → ")} → …` : component.join(" → ");
    problems.push(
      problem(
        "loop_without_input",
        "error",
        `${describeNode(node)} is in a loop that never waits for the user (${path}): the bot would repeat itself until the step limit hands off with an error.`,
        "Put a Question or Intent node in the loop, or break it with a Condition that eventually leaves.",
        { nodeId: node.id },
      ),
    );
  }
  return problems;
};

/** Node ids of each runaway loop, in document order, loops ordered by their first node. */
function runawayLoops(graph: FlowGraph): string[][] {
  const passive = (id: string) => {
    const kind = graph.byId.get(id)?.kind;
    return kind !== null && kind !== undefined && !nodeKinds[kind].waitsForInput;
  };
  const successorsOf = (id: string) => (graph.successors.get(id) ?? []).filter(passive);
  // A one-node component is a loop only when the node leads to itself (it is passive already).
  const selfLoop = (id: string | undefined) => id !== undefined && (graph.successors.get(id)?.includes(id) ?? false);
  const components = tarjan(graph.nodes.map((node) => node.id).filter(passive), successorsOf);
  const order = new Map(graph.nodes.map((node) => [node.id, node.index]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return components
    .filter((component) => component.length > 1 || selfLoop(component[0]))
    .map((component) => [...component].sort(byOrder))
    .sort((a, b) => byOrder(a[0] ?? "", b[0] ?? ""));
}

/** Strongly connected components, iteratively (no recursion limit on long chains). */
export function tarjan(ids: string[], successorsOf: (id: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: string[]; at: number }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: successorsOf(id), at: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const next = frame.next[frame.at++];
      if (next !== undefined) {
        if (!index.has(next)) open(next);
        else if (onStack.has(next)) low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(next) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      components.push(component);
    }
  }
  return components;
}
