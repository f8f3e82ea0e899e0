import type { RuntimeBundle } from "@/lib/flow";
import { peerGraph, words, type PeerNode, type Variables } from "./peer-graph";

/** A conversation on the bare walk: where it is and its variables, mutated in place. */
export interface BareWalk {
  /** Starts the conversation; returns what the bot said. */
  start(): string[];
  /** One user message; returns what the bot said. */
  turn(text: string): string[];
  readonly nodeId: string;
}

/**
 * The floor: the same graph walked by hand over plain objects — a keyword map at the menu, a
 * loop over nodes, variables in a plain object. No transcript, trace, triggers or cloning: the
 * least work any interpreter of this graph could do.
 */
export function createBareWalk(bundle: RuntimeBundle): BareWalk {
  const graph = peerGraph(bundle);
  const routes = new Map<string, Map<string, string | null>>();
  for (const node of graph.values()) {
    if (node.kind === "listen") routes.set(node.id, new Map(node.routes.map((route) => [route.keyword, route.target])));
  }
  const variables: Variables = { ...bundle.variables };
  let at: PeerNode | undefined;

  const walk = (from: string | null, said: string[]): void => {
    let id = from;
    for (let visits = 0; id !== null && visits < 1000; visits++) {
      const node = graph.get(id);
      if (!node) throw new Error(`bare walk: no node ${id}`);
      at = node;
      switch (node.kind) {
        case "pass":
          id = node.next;
          break;
        case "say":
          said.push(node.text);
          id = node.next;
          break;
        case "set":
          for (const assignment of node.assignments) variables[assignment.variable] = assignment.value;
          id = node.next;
          break;
        case "branch":
          id = node.test(variables) ? node.whenTrue : node.whenFalse;
          break;
        case "listen":
          said.push(node.prompt);
          return;
        case "stop":
          if (node.text) said.push(node.text);
          return;
      }
    }
  };

  return {
    start() {
      const said: string[] = [];
      walk(bundle.startNodeId, said);
      return said;
    },
    turn(text) {
      const said: string[] = [];
      if (at?.kind !== "listen") return said;
      const table = routes.get(at.id);
      let target: string | null | undefined;
      for (const word of words(text)) {
        target = table?.get(word);
        if (target !== undefined) break;
      }
      walk(target === undefined ? at.noMatch : target, said);
      return said;
    },
    get nodeId() {
      return at?.id ?? "";
    },
  };
}
