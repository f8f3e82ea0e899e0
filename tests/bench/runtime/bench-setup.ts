import { compileFlow } from "@/lib/flow";
import type { RuntimeBundle, RuntimeEvent } from "@/lib/runtime";
import { generateIntentFlow, type IntentFlow } from "./intent-flow";
import { seededRandom, shuffled } from "./seeded-random";

/** Everything the runtime benchmarks share: one graph, one conversation script. */
export interface BenchSetup {
  flow: IntentFlow;
  bundle: RuntimeBundle;
  /** The user's messages in conversation order (a seeded permutation of all utterances). */
  texts: string[];
  /** The same messages as Baton events. */
  events: RuntimeEvent[];
  /** Time of the start event. */
  startAt: string;
}

export const FLOW_SHAPE = { nodeCount: 500, intents: 50, utterancesPerIntent: 10, seed: 20_251_125 };

/**
 * Generates the 500-node flow, compiles it and scripts the conversation: every utterance once
 * per cycle in a seeded order, so no message repeats back to back (repeat detection would
 * otherwise hand the user over for frustration) and every intent is routed equally often.
 */
export function benchSetup(): BenchSetup {
  const flow = generateIntentFlow(FLOW_SHAPE);
  const bundle = compileFlow(flow.document, { flowId: "runtime-bench", version: 1 });
  const texts = shuffled(flow.utterances, seededRandom(FLOW_SHAPE.seed + 1)).map((utterance) => utterance.text);
  const startAt = "2025-06-02T09:00:00.000Z";
  const events: RuntimeEvent[] = texts.map((text, i) => ({ type: "user_message", text, at: new Date(Date.parse(startAt) + (i + 1) * 1000).toISOString() }));
  return { flow, bundle, texts, events, startAt };
}
