import type { JsonValue, RuntimeBundle } from "@/lib/flow";

/** Variables of a peer implementation (xstate machine, bare walk). */
export type Variables = { [name: string]: JsonValue };

/**
 * The bundle's nodes as the peers (xstate, bare walk) run them: the same ids, ports, texts and
 * keywords as Baton, with conditions compiled to closures. The peers implement what this
 * benchmark's turns walk (start, message, set, condition, intent, end); the protocol nodes
 * (fallback, handoff, ticket, callback…) become plain stops — they are never reached by a
 * keyword-routed turn.
 */
export type PeerNode =
  | { kind: "pass"; id: string; next: string | null }
  | { kind: "say"; id: string; text: string; next: string | null }
  | { kind: "set"; id: string; assignments: { variable: string; value: JsonValue }[]; next: string | null }
  | { kind: "branch"; id: string; test: (variables: Variables) => boolean; whenTrue: string | null; whenFalse: string | null }
  | { kind: "listen"; id: string; prompt: string; routes: { keyword: string; target: string | null }[]; noMatch: string | null }
  | { kind: "stop"; id: string; text: string };

/** Turns the bundle into peer nodes; fails loudly on anything this benchmark does not generate. */
export function peerGraph(bundle: RuntimeBundle): Map<string, PeerNode> {
  const graph = new Map<string, PeerNode>();
  for (const node of Object.values(bundle.nodes)) {
    const next = (port: string) => node.next[port] ?? null;
    switch (node.kind) {
      case "start":
        graph.set(node.id, { kind: "pass", id: node.id, next: next("next") });
        break;
      case "message":
        graph.set(node.id, { kind: "say", id: node.id, text: node.config.text, next: next("next") });
        break;
      case "set":
        graph.set(node.id, { kind: "set", id: node.id, assignments: node.config.assignments, next: next("next") });
        break;
      case "condition":
        graph.set(node.id, { kind: "branch", id: node.id, test: compileEquality(node.config.rule), whenTrue: next("true"), whenFalse: next("false") });
        break;
      case "intent":
        graph.set(node.id, {
          kind: "listen",
          id: node.id,
          prompt: node.config.prompt,
          routes: node.config.intents.flatMap((intent) => intent.keywords.map((keyword) => ({ keyword: keyword.toLowerCase(), target: next(intent.name) }))),
          noMatch: next("no_match") ?? bundle.settings.defaultFallbackNodeId ?? null,
        });
        break;
      case "end":
        graph.set(node.id, { kind: "stop", id: node.id, text: node.config.message });
        break;
      default:
        graph.set(node.id, { kind: "stop", id: node.id, text: "" });
    }
  }
  return graph;
}

/** The words of a message, lower case: what the peers match keywords against. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/);
}

/** Compiles `{"==": [{"var": name}, literal]}`, the only rule the benchmark flow uses. */
function compileEquality(rule: JsonValue): (variables: Variables) => boolean {
  const operands = isObject(rule) ? rule["=="] : undefined;
  const [left, right] = Array.isArray(operands) ? operands : [];
  const name = isObject(left) ? left.var : undefined;
  if (typeof name !== "string" || right === undefined || isObject(right) || Array.isArray(right)) {
    throw new Error(`peer graph: unsupported condition ${JSON.stringify(rule)}`);
  }
  return (variables) => variables[name] === right;
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
