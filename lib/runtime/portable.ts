/**
 * What public/runtime/baton-runtime.mjs exports: the interpreter core, the driver and the
 * built-in NLU — the part that runs inside a developer's service or page, kept small
 * (≤ 12 KB min+gz). The tools (bundle checks, test runner, simulated world) ship in the CLI
 * (public/runtime/baton.mjs) and in lib/runtime/index.ts.
 */
export { createConversation, step, initialState, evaluateLogic, interpolate, validateAnswer } from "./index";
export { trainClassifier, isLiveAgentRequest, isNegativeMessage, normalizeText } from "./index";
export type * from "./index";
