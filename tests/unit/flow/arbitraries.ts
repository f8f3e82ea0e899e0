import fc from "fast-check";
import { flowDocumentSchema, flowNodeSchema, nodeKindNames, portsOf, type FlowDocumentInput, type FlowNode } from "@/lib/flow";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";
import { configArbitrary, logic, variable } from "./config-arbitraries";

export { configArbitrary };

/**
 * fast-check arbitraries for flow documents, shared by every area that tests against flows:
 * well-formed documents of random shape, broken ones, and large realistic ones.
 */

const kindArbitrary = fc.constantFrom(...nodeKindNames.filter((kind) => kind !== "start"));
const nodeArbitrary = kindArbitrary.chain((kind) => configArbitrary(kind).map((config) => ({ kind, config })));

/**
 * Schema-valid flow documents of random shape: one Start node first, then up to `maxNodes` nodes of
 * random kinds with random configs, random connections between existing ports (at most one per
 * port), and random flow settings pointing at random nodes. They are well-formed, not good: most
 * have validation problems, which is the point.
 */
export function documentArbitrary(maxNodes = 20): fc.Arbitrary<FlowDocumentInput> {
  return fc
    .record({
      nodes: fc.array(nodeArbitrary, { maxLength: maxNodes }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: maxNodes * 2 }),
      pointers: fc.tuple(fc.option(fc.nat()), fc.option(fc.nat()), fc.option(fc.nat())),
      liveAgent: fc.record({ enabled: fc.boolean(), disabledReason: fc.constantFrom("", "Bot only") }),
      routing: fc.array(fc.record({ queue: fc.constantFrom("support", "billing", "nowhere"), when: logic }), { maxLength: 2 }),
      declared: fc.uniqueArray(variable, { maxLength: 2 }),
    })
    .map(({ nodes: specs, edges: choices, pointers, liveAgent, routing, declared }) => {
      const nodes: FlowNode[] = [flowNodeSchema.parse({ id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} })];
      specs.forEach((spec, index) => {
        nodes.push(flowNodeSchema.parse({ id: `${spec.kind}-${index + 1}`, kind: spec.kind, position: { x: index * 200, y: 0 }, config: spec.config }));
      });
      const parsed = nodes;
      const used = new Set<string>();
      const edges = choices.flatMap(([source, port, target]) => {
        const from = parsed[source % parsed.length];
        const to = parsed[target % parsed.length];
        if (!from || !to) return [];
        const ports = portsOf(from);
        const sourcePort = ports[port % Math.max(ports.length, 1)];
        if (sourcePort === undefined || used.has(`${from.id}:${sourcePort}`)) return [];
        used.add(`${from.id}:${sourcePort}`);
        return [{ id: `e-${from.id}-${sourcePort}`, source: from.id, sourcePort, target: to.id }];
      });
      const pick = (choice: number | null) => (choice === null ? undefined : parsed[choice % parsed.length]?.id);
      const [handoffNodeId, defaultFallbackNodeId, errorHandlerNodeId] = pointers.map(pick);
      return {
        schemaVersion: 1,
        name: "Random flow",
        nodes,
        edges,
        variables: declared.map((name) => ({ name })),
        settings: {
          liveAgent: { ...liveAgent, ...(handoffNodeId ? { handoffNodeId } : {}) },
          ...(defaultFallbackNodeId ? { defaultFallbackNodeId } : {}),
          ...(errorHandlerNodeId ? { errorHandlerNodeId } : {}),
          routing,
        },
      } satisfies FlowDocumentInput;
    });
}

/**
 * Documents with no validation errors by construction: a Start node, random nodes with sound
 * configs, every port connected to a later node (a DAG, so no runaway loops), every Handoff's
 * `unavailable` path to a final Ticket, and an End node last. Warnings (a Fallback not fed by a
 * no_match, say) are allowed.
 */
export function soundDocumentArbitrary(maxNodes = 12): fc.Arbitrary<FlowDocumentInput> {
  const kinds = fc.constantFrom(...nodeKindNames.filter((kind) => kind !== "start" && kind !== "end"));
  return fc
    .record({
      specs: fc.array(kinds.chain((kind) => configArbitrary(kind, true).map((config) => ({ kind, config }))), { maxLength: maxNodes }),
      choices: fc.infiniteStream(fc.nat()),
      liveAgentReason: fc.constantFrom("FAQ only", "Pilot without agents"),
    })
    .map(({ specs, choices, liveAgentReason }) => {
      const body = specs.map((spec, index) => flowNodeSchema.parse({ id: `${spec.kind}-${index + 1}`, kind: spec.kind, position: { x: 0, y: index * 100 }, config: spec.config }));
      const start = flowNodeSchema.parse({ id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} });
      const ticket = flowNodeSchema.parse({ id: "ticket-final", kind: "ticket", position: { x: 0, y: 0 }, config: {} });
      const end = flowNodeSchema.parse({ id: "end-final", kind: "end", position: { x: 0, y: 0 }, config: {} });
      const nodes = [start, ...body, ticket, end];
      const picks = choices[Symbol.iterator]();
      const edges = nodes.flatMap((node, index) =>
        portsOf(node).map((sourcePort) => {
          const later = nodes.length - 1 - index;
          const offset = 1 + ((picks.next().value ?? 0) % Math.max(later, 1));
          const target = node.kind === "handoff" && sourcePort === "unavailable" ? ticket.id : (nodes[index + offset]?.id ?? end.id);
          return { id: `e-${node.id}-${sourcePort}`, source: node.id, sourcePort, target };
        }),
      );
      const hasHandoff = nodes.some((node) => node.kind === "handoff");
      return {
        schemaVersion: 1,
        name: "Sound random flow",
        nodes,
        edges,
        variables: [{ name: "answer" }, { name: "email_address" }, { name: "order_number" }, { name: "plan" }],
        settings: { liveAgent: hasHandoff ? { enabled: true } : { enabled: false, disabledReason: liveAgentReason } },
      } satisfies FlowDocumentInput;
    });
}

/** A mutation at a random place: set a random JSON value, or delete the key/element. */
const mutationArbitrary = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
});

/**
 * Documents that are broken in random ways: well-formed ones with random values written over (or
 * deleted at) random paths, plus arbitrary JSON. `validate` must survive all of them.
 */
export function brokenDocumentArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(documentArbitrary(8), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 })).map(([document, mutations]) => mutations.reduce<unknown>(mutate, structuredClone(document))) },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: fc.anything() },
  );
}

function mutate(document: unknown, mutation: { path: number[]; value: unknown }): unknown {
  let parent: unknown = document;
  for (let depth = 0; depth < mutation.path.length; depth++) {
    if (typeof parent !== "object" || parent === null) return document;
    const keys = Object.keys(parent);
    if (keys.length === 0) return document;
    const key = keys[(mutation.path[depth] ?? 0) % keys.length] ?? "";
    const child: unknown = Reflect.get(parent, key);
    const last = depth === mutation.path.length - 1 || typeof child !== "object" || child === null;
    if (last) {
      if (mutation.value === undefined) Reflect.deleteProperty(parent, key);
      else Reflect.set(parent, key, mutation.value);
      return document;
    }
    parent = child;
  }
  return document;
}

/** Large, realistic, problem-free flows (see `generateLargeFlow`) of random size and seed. */
export function largeFlowArbitrary(maxNodes = 300): fc.Arbitrary<FlowDocumentInput> {
  return fc.tuple(fc.integer({ min: 7, max: maxNodes }), fc.integer()).map(([count, seed]) => generateLargeFlow(count, seed));
}

/** A deep copy of `value` whose objects list their keys in a random (seeded) order. */
export function shuffleKeys(value: unknown, seed: number): unknown {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const shuffle = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(shuffle);
    if (typeof item !== "object" || item === null) return item;
    const entries = Object.entries(item);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const a = entries[i];
      const b = entries[j];
      if (a && b) [entries[i], entries[j]] = [b, a];
    }
    return Object.fromEntries(entries.map(([key, child]) => [key, shuffle(child)]));
  };
  return shuffle(value);
}

/** Type guard that really checks: the value is a document `compileFlow` accepts. */
export function isFlowDocumentInput(value: unknown): value is FlowDocumentInput {
  return flowDocumentSchema.safeParse(value).success;
}
