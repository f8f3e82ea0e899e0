import { readFileSync } from "node:fs";
import path from "node:path";
import { compileFlow, flowDocumentSchema, nodeKinds, type FlowDocumentInput, type NodeKind } from "@/lib/flow";
import { initialState, step, type ConversationState, type EffectResult, type RuntimeBundle, type RuntimeEvent, type StepResult } from "@/lib/runtime";

export const root = path.resolve(import.meta.dirname, "../../..");
export const AT = "2026-01-05T10:00:00.000Z";

type DocNode = { id: string; kind: NodeKind; config?: Record<string, unknown> };

/** A bundle from a few nodes, edges as [source, port, target] and settings. */
export function flow(nodes: DocNode[], edges: [string, string, string][], settings: Record<string, unknown> = {}): RuntimeBundle {
  const document = {
    schemaVersion: 1,
    name: "Test",
    nodes: nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      position: { x: 0, y: 0 },
      config: { ...structuredClone(nodeKinds[node.kind].defaults), ...node.config },
    })),
    edges: edges.map(([source, sourcePort, target]) => ({ id: `${source}.${sourcePort}`, source, sourcePort, target })),
    settings,
  };
  return compileFlow(flowDocumentSchema.parse(document), { flowId: "test", version: 0 });
}

export function acmeBundle(): RuntimeBundle {
  const document: FlowDocumentInput = JSON.parse(readFileSync(path.join(root, "tests/fixtures/flows/acme-support.json"), "utf8"));
  return compileFlow(document, { flowId: "acme-support", version: 1 });
}

/** Drives `step` by hand: every event, then the effect results `answer` gives (in order). */
export class Runner {
  state: ConversationState;
  last!: StepResult;
  all: StepResult[] = [];
  constructor(
    readonly bundle: RuntimeBundle,
    state?: ConversationState,
  ) {
    this.state = state ?? initialState(bundle);
  }
  send(event: RuntimeEvent): StepResult {
    this.last = step(this.bundle, this.state, event);
    this.all.push(this.last);
    this.state = this.last.state;
    return this.last;
  }
  start() {
    return this.send({ type: "start", at: AT });
  }
  say(text: string) {
    return this.send({ type: "user_message", text, at: AT });
  }
  /** Answers the awaited effect. */
  answer(result: EffectResult) {
    const effectId = this.state.pending?.id ?? "none";
    return this.send({ type: "effect_result", effectId, result, at: AT });
  }
  /** Bot and system texts of the last step. */
  texts(result = this.last): string[] {
    return result.outputs.flatMap((output) => (output.type === "message" ? [output.text] : []));
  }
  trace(type: string) {
    return this.all.flatMap((result) => result.trace.filter((entry) => entry.type === type));
  }
}
