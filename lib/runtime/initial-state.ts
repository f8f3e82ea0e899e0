import type { RuntimeBundle } from "./bundle-types";
import type { ConversationState } from "./types";

/**
 * A conversation that has not started: the bundle's variables at their initial values, nothing
 * said yet. Send it a `start` event to begin.
 */
export function initialState(bundle: RuntimeBundle): ConversationState {
  return {
    version: 1,
    bundleHash: bundle.hash,
    status: "active",
    nodeId: null,
    awaiting: null,
    pending: null,
    variables: JSON.parse(JSON.stringify(bundle.variables ?? {})),
    transcript: [],
    counters: { noMatch: 0, fallback: {}, repeat: 0, negative: 0, effects: 0, handoffs: 0 },
    lastMessage: "",
    handoff: null,
    lastIntent: null,
    failedNodeId: null,
    trigger: null,
  };
}
