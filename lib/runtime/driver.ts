import type { RuntimeBundle } from "./bundle-types";
import { initialState } from "./initial-state";
import { step, type StepOptions } from "./step";
import type {
  ConversationState, Effect, EffectResult, Output, RuntimeEvent, StepResult, TraceEntry, TranscriptEntry, UserAction,
} from "./types";

/**
 * Carries out effects for a conversation: the server, the preview's simulated world, the CLI, or
 * your own code. `perform` answers awaited effects (see `Effect`); rejecting counts as
 * `{ ok: false }`. `takeEvents` hands over what the world did on its own (an agent accepting,
 * replying, a wait timing out) — the driver delivers those after each interaction.
 */
export interface Host {
  perform(effect: Effect, state: ConversationState): Promise<EffectResult>;
  /** ISO time stamped on the events the driver creates. */
  now(): string;
  takeEvents?(): RuntimeEvent[];
}

export interface ConversationOptions extends StepOptions {
  /** Continue a stored conversation instead of starting a new one. */
  state?: ConversationState;
  /** Called after every `step`, e.g. to highlight the canvas from the trace or persist state. */
  onStep?: (result: StepResult, event: RuntimeEvent) => void;
  /** Steps one interaction may chain (effect results, world events) before giving up; default 200. */
  maxChain?: number;
}

/** An event as the driver's methods build it, before it is stamped with its time. */
type Unstamped = RuntimeEvent extends infer E ? (E extends RuntimeEvent ? Omit<E, "at"> : never) : never;

/** Everything one interaction (a message, an agent action…) produced, over all the steps it took. */
export interface Interaction {
  outputs: Output[];
  effects: Effect[];
  trace: TraceEntry[];
  state: ConversationState;
}

/** A running conversation: send it events, it runs the effects with its host until it waits again. */
export interface Conversation {
  start(at?: string): Promise<Interaction>;
  /** A user message, or `{ action: "talk_to_person" }` / `{ action: { quickReply: value } }`. */
  send(input: string | { action: UserAction }, at?: string): Promise<Interaction>;
  agentAccept(agentName: string, at?: string): Promise<Interaction>;
  agentReply(text: string, at?: string): Promise<Interaction>;
  agentResolve(note?: string, at?: string): Promise<Interaction>;
  agentHandBack(note: string, at?: string): Promise<Interaction>;
  /** The wait timeout of the open handoff ran out. */
  handoffTimeout(at?: string): Promise<Interaction>;
  dispatch(event: RuntimeEvent): Promise<Interaction>;
  readonly state: ConversationState;
  readonly transcript: TranscriptEntry[];
}

/**
 * Starts (or resumes, with `options.state`) a conversation on `bundle` driven by `host`. Calls are
 * queued, so concurrent sends are applied one after another in call order.
 */
export function createConversation(bundle: RuntimeBundle, host: Host, options: ConversationOptions = {}): Conversation {
  let state = options.state ?? initialState(bundle);
  let queue: Promise<unknown> = Promise.resolve();
  const maxChain = options.maxChain ?? 200;

  async function run(first: RuntimeEvent): Promise<Interaction> {
    const out: Interaction = { outputs: [], effects: [], trace: [], state };
    const events: RuntimeEvent[] = [first];
    for (let chain = 0, event = events.shift(); event; chain++, event = events.shift()) {
      if (chain >= maxChain) {
        out.trace.push({ type: "error", nodeId: state.nodeId, code: "chain_limit", message: `More than ${maxChain} steps in one interaction` });
        break;
      }
      const result = step(bundle, state, event, options);
      state = result.state;
      out.outputs.push(...result.outputs);
      out.effects.push(...result.effects);
      out.trace.push(...result.trace);
      options.onStep?.(result, event);
      for (const effect of result.effects) {
        const answer = await perform(effect);
        if (state.status === "waiting_effect" && state.pending?.id === effect.id) {
          events.push({ type: "effect_result", effectId: effect.id, result: answer, at: host.now() });
        }
      }
      if (events.length === 0 && host.takeEvents) events.push(...host.takeEvents());
    }
    out.state = state;
    return out;
  }

  async function perform(effect: Effect): Promise<EffectResult> {
    try {
      return await host.perform(effect, state);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  const dispatch = (event: RuntimeEvent): Promise<Interaction> => {
    const next = queue.then(() => run(event));
    queue = next.catch(() => undefined);
    return next;
  };
  /** Dispatches `event` stamped with `at`, or the host's time. */
  const stamped = (event: Unstamped, at?: string) => dispatch({ ...event, at: at ?? host.now() });

  return {
    start: (at) => stamped({ type: "start" }, at),
    send: (input, at) => stamped(typeof input === "string" ? { type: "user_message", text: input } : { type: "user_action", action: input.action }, at),
    agentAccept: (agentName, at) => stamped({ type: "agent_accepted", agentName }, at),
    agentReply: (text, at) => stamped({ type: "agent_message", text }, at),
    agentResolve: (note, at) => stamped(note === undefined ? { type: "agent_resolved" } : { type: "agent_resolved", note }, at),
    agentHandBack: (note, at) => stamped({ type: "agent_handed_back", note }, at),
    handoffTimeout: (at) => stamped({ type: "handoff_timeout", handoffId: state.handoff?.id ?? "" }, at),
    dispatch,
    get state() {
      return state;
    },
    get transcript() {
      return state.transcript;
    },
  };
}
