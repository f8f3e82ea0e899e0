import type { BenchTable } from "../types";
import { isLiveAgentRequest, isNegativeMessage, normalizeText, trainClassifier } from "@/lib/runtime";
import { ENGLISH } from "@/lib/runtime/nlu/english";
import { createBatonChat } from "./baton-chat";
import type { BenchSetup } from "./bench-setup";
import { cpuUsPerCall, fmt } from "./timing";
import { KEPT_TRANSCRIPT } from "./turn-comparison";

/**
 * Table 4: what a Baton turn spends its time on — the parts `step` runs for one user message,
 * each timed alone on the same messages, next to the whole step. The shares do not add up to
 * 100%: the rest is walking the nodes, the trace, outputs and the executors' own work.
 */
export function turnBreakdown(setup: BenchSetup, seconds: number): BenchTable {
  const { bundle, texts, events, startAt } = setup;
  const n = texts.length;
  const text = (i: number) => texts[i % n] ?? "";
  const chat = createBatonChat(bundle, KEPT_TRANSCRIPT);
  chat.start(startAt);
  for (let i = 0; i < 500; i++) {
    const event = events[i % n];
    if (event) chat.turn(event);
  }
  const state = chat.state;
  const menu = bundle.nodes[setup.flow.menuId];
  const outOfScope = menu?.kind === "intent" ? menu.config.outOfScope : [];
  const menuIntents = bundle.intents.filter((intent) => intent.nodeId === setup.flow.menuId);
  const options = { language: bundle.language, outOfScope, threshold: bundle.settings.nluThreshold };
  const classifier = trainClassifier(menuIntents, options);
  // the same intents without their keywords: every message goes through the model
  const modelOnly = trainClassifier(menuIntents.map((intent) => ({ ...intent, keywords: [] })), options);
  const phrases = bundle.settings.liveAgent.phrases;
  const line = { from: "user" as const, text: text(0), at: startAt };
  let sink = 0;
  const parts: [string, (i: number) => void][] = [
    ["whole step (for reference)", (i) => void chat.turn(events[i % n] ?? { type: "start", at: startAt })],
    [`copy-on-write of the state: shallow copy + one appended line (${KEPT_TRANSCRIPT}-line transcript)`, () => void (sink += { ...state, transcript: [...state.transcript, line] }.transcript.length)],
    ["built-in classifier: classify(text), 50 intents (the message's keyword decides)", (i) => void (sink += classifier.classify(text(i)).score)],
    ["(not part of the step) the same intents without keywords: the model scores all 50", (i) => void (sink += modelOnly.classify(text(i)).score)],
    ["isLiveAgentRequest(text)", (i) => void (sink += isLiveAgentRequest(text(i), ENGLISH, phrases) ? 1 : 0)],
    ["isNegativeMessage(text)", (i) => void (sink += isNegativeMessage(text(i), ENGLISH) ? 1 : 0)],
    ["normalizeText(text) (repeat detection)", (i) => void (sink += normalizeText(text(i)).length)],
  ];
  const perCallUs = parts.map(([name, run]): [string, number] => {
    const estimate = Math.max(0.01, cpuUsPerCall(run, 2000));
    const count = Math.max(1000, Math.round((seconds * 1e6) / estimate));
    return [name, cpuUsPerCall(run, count, 2000)];
  });
  const whole = perCallUs[0]?.[1] ?? NaN;
  return {
    title: "Where a Baton turn goes (each part timed alone, µs of CPU time per call)",
    columns: ["part of step()", "µs per call", "share of a step"],
    rows: perCallUs.map(([name, us]) => [name, fmt(us), `${fmt((100 * us) / whole)}%`]),
    notes: [`(checksum ${sink % 7}; keeps the work from being optimised away)`],
  };
}
