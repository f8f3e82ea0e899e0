import { initialState, step, type ConversationState, type Output, type RuntimeBundle, type RuntimeEvent, type StepOptions } from "@/lib/runtime";

/** A Baton conversation as a host keeps it: the state carried from one `step` to the next. */
export interface BatonChat {
  /** Sends `start`; returns what the bot said. */
  start(at: string): string[];
  /** One event through `step`; returns the outputs. */
  turn(event: RuntimeEvent): Output[];
  readonly state: ConversationState;
}

/**
 * Runs `step` with the state carried forward. With `keepTranscript`, the host trims the state's
 * transcript to its last that-many lines after each turn, as a real host does once the lines are
 * stored elsewhere (the server keeps them in its messages table); without it the transcript —
 * part of the state by design — grows with every turn. `options` go to every `step`.
 */
export function createBatonChat(bundle: RuntimeBundle, keepTranscript?: number, options: StepOptions = {}): BatonChat {
  let state = initialState(bundle);
  const turn = (event: RuntimeEvent): Output[] => {
    const result = step(bundle, state, event, options);
    state = result.state;
    const excess = keepTranscript === undefined ? 0 : state.transcript.length - keepTranscript;
    if (excess > 0) state.transcript.splice(0, excess);
    return result.outputs;
  };
  return {
    start: (at) => messageTexts(turn({ type: "start", at })),
    turn,
    get state() {
      return state;
    },
  };
}

/** The texts of the message outputs, in order. */
export function messageTexts(outputs: Output[]): string[] {
  return outputs.flatMap((output) => (output.type === "message" ? [output.text] : []));
}
