import { assign, createActor, createMachine, type MachineConfig, type ProvidedActor } from "xstate";
import type { RuntimeBundle } from "@/lib/flow";
import { peerGraph, words, type Variables } from "./peer-graph";

interface FlowContext {
  variables: Variables;
}
/** A user message; the driver splits it into words once, the guards read them. */
type FlowEvent = { type: "USER"; text: string; words: string[] };
type FlowStates = NonNullable<MachineConfig<FlowContext, FlowEvent>["states"]>;

/** xstate reads only the types of these values (its `types` property is a typing channel). */
const machineTypes: { context: FlowContext; events: FlowEvent } = { context: { variables: {} }, events: { type: "USER", text: "", words: [] } };

/** A conversation driven through an xstate v5 actor. */
export interface XstateFlow {
  /** Starts the actor; returns what the bot said. */
  start(): string[];
  /** Sends one user message; returns what the bot said (the array is reused between turns). */
  turn(text: string): string[];
  readonly nodeId: string;
}

/**
 * The benchmark graph as an xstate v5 machine, written the way an xstate user would: one state
 * per node, messages as entry actions, set nodes as `assign`, conditions and message chains as
 * guarded `always` transitions, and the menu's intents as guarded `USER` transitions whose
 * guards test the same keyword. Driven by `createActor(machine).start()` and `actor.send`.
 */
export function createXstateFlow(bundle: RuntimeBundle): XstateFlow {
  const said: string[] = [];
  const states: FlowStates = {};
  for (const node of peerGraph(bundle).values()) {
    switch (node.kind) {
      case "pass":
        states[node.id] = node.next === null ? { type: "final" } : { always: { target: node.next } };
        break;
      case "say": {
        const text = node.text;
        const entry = () => void said.push(text);
        states[node.id] = node.next === null ? { entry, type: "final" } : { entry, always: { target: node.next } };
        break;
      }
      case "set": {
        const assignments = node.assignments;
        const entry = assign<FlowContext, FlowEvent, undefined, FlowEvent, ProvidedActor>(({ context }) => {
          const variables = { ...context.variables };
          for (const assignment of assignments) variables[assignment.variable] = assignment.value;
          return { variables };
        });
        states[node.id] = node.next === null ? { entry, type: "final" } : { entry, always: { target: node.next } };
        break;
      }
      case "branch": {
        const test = node.test;
        const always = [];
        if (node.whenTrue !== null) always.push({ guard: ({ context }: { context: FlowContext }) => test(context.variables), target: node.whenTrue });
        if (node.whenFalse !== null) always.push({ target: node.whenFalse });
        states[node.id] = { always };
        break;
      }
      case "listen": {
        const prompt = node.prompt;
        const routes = node.routes.flatMap(({ keyword, target }) =>
          target === null ? [] : [{ guard: ({ event }: { event: FlowEvent }) => event.words.includes(keyword), target }],
        );
        const fallthrough = node.noMatch === null ? [] : [{ target: node.noMatch }];
        states[node.id] = { entry: () => void said.push(prompt), on: { USER: [...routes, ...fallthrough] } };
        break;
      }
      case "stop": {
        const text = node.text;
        states[node.id] = { type: "final", entry: () => void (text && said.push(text)) };
        break;
      }
    }
  }
  const machine = createMachine({
    id: "flow",
    types: machineTypes,
    context: { variables: { ...bundle.variables } },
    initial: bundle.startNodeId,
    states,
  });
  const actor = createActor(machine);
  return {
    start() {
      said.length = 0;
      actor.start();
      return said;
    },
    turn(text) {
      said.length = 0;
      actor.send({ type: "USER", text, words: words(text) });
      return said;
    },
    get nodeId() {
      const value = actor.getSnapshot().value;
      return typeof value === "string" ? value : JSON.stringify(value);
    },
  };
}
