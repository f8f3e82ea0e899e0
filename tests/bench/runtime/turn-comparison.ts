import os from "node:os";
import type { BenchTable } from "../types";
import type { Classifier, ClassifierFactory } from "@/lib/runtime";
import { createBareWalk } from "./bare-walk";
import { createBatonChat, messageTexts } from "./baton-chat";
import type { BenchSetup } from "./bench-setup";
import { measureInterleaved, type Contender } from "./interleaved";
import { fmt, timerOverheadNs } from "./timing";
import { createXstateFlow } from "./xstate-flow";

/** Lines of transcript a trimming host keeps in the state. */
export const KEPT_TRANSCRIPT = 40;
/** Turns per conversation in the untrimmed row (a long real chat). */
const CONVERSATION_TURNS = 100;

/**
 * Table 1: the same keyword-routed turns through Baton, an xstate v5 machine of the same graph
 * and a bare hand-written walk, each with about `seconds` of turns (see `measureInterleaved`).
 */
export function compareTurns(setup: BenchSetup, seconds: number): { table: BenchTable; batonWallPerSecond: number } {
  const { bundle, texts, events, startAt } = setup;
  const n = texts.length;
  const text = (i: number) => texts[i % n] ?? "";
  const event = (i: number) => events[i % n] ?? { type: "start", at: startAt };

  const agreement = checkAgreement(setup, 1000);
  const load = os.loadavg()[0] ?? NaN;

  const trimmed = createBatonChat(bundle, KEPT_TRANSCRIPT);
  trimmed.start(startAt);
  let untrimmed = createBatonChat(bundle);
  const keywordOnly = createBatonChat(bundle, KEPT_TRANSCRIPT, { classifier: keywordClassifierFactory() });
  keywordOnly.start(startAt);
  const xstate = createXstateFlow(bundle);
  xstate.start();
  const bare = createBareWalk(bundle);
  bare.start();
  const contenders: Contender[] = [
    { name: `Baton step (host keeps last ${KEPT_TRANSCRIPT} transcript lines)`, turn: (i) => void trimmed.turn(event(i)) },
    {
      name: `Baton step (untrimmed; a new conversation every ${CONVERSATION_TURNS} turns)`,
      turn: (i) => {
        if (i % CONVERSATION_TURNS === 0) {
          untrimmed = createBatonChat(bundle);
          untrimmed.start(startAt);
        } else untrimmed.turn(event(i));
      },
    },
    { name: "Baton step, keyword-only classifier plugged in", turn: (i) => void keywordOnly.turn(event(i)) },
    { name: "xstate v5 actor.send", turn: (i) => void xstate.turn(text(i)) },
    { name: "bare graph walk (floor)", turn: (i) => void bare.turn(text(i)) },
  ];
  const measured = measureInterleaved(contenders, seconds);
  const [baton, , , xs, floor] = measured;
  const xstatePerSecond = xs?.perCpuSecond ?? NaN;
  const floorPerSecond = floor?.perCpuSecond ?? NaN;
  const batonPerSecond = baton?.perCpuSecond ?? NaN;
  const batonP50 = baton?.latency.p50 ?? NaN;
  const vsXstate = batonPerSecond / xstatePerSecond;
  return {
    batonWallPerSecond: baton?.perWallSecond ?? NaN,
    table: {
      title: `Turns on a ${bundle.intents.length}-intent, ${Object.keys(bundle.nodes).length}-node flow (keyword-routed; each turn: menu → answer → set → condition → message → menu)`,
      columns: ["implementation", "turns/CPU-s", "turns/s wall", "p50 µs", "p99 µs", "mean µs", "× xstate", "× floor"],
      rows: measured.map((row) => [
        row.name,
        fmt(row.perCpuSecond),
        fmt(row.perWallSecond),
        fmt(row.latency.p50),
        fmt(row.latency.p99),
        fmt(row.latency.mean),
        fmt(row.perCpuSecond / xstatePerSecond),
        fmt(row.perCpuSecond / floorPerSecond),
      ]),
      notes: [
        `goal: p50 ≤ 2 µs for a keyword-routed Baton turn — ${fmt(batonP50)} µs — ${batonP50 <= 2 ? "met" : "not met"}`,
        `goal: Baton ≥ 3× xstate's throughput — ${fmt(vsXstate)}× — ${vsXstate >= 3 ? "met" : "not met"}`,
        `Baton is ${fmt(floorPerSecond / batonPerSecond)}× slower than the floor; the keyword-only row replaces the built-in classifier through StepOptions.classifier, so the gap between the first and third rows is the NLU's share.`,
        agreement,
        `Machine: ${os.cpus().length} cores, 1-minute load average ${fmt(load)} when this table started${load > os.cpus().length ? " — other processes were competing for the CPU, so the absolute figures are pessimistic; compare rows, not runs" : ""}.`,
        `Latency samples include one hrtime pair (~${fmt(timerOverheadNs())} ns); throughput is timed in batches without it, against this process's CPU time (turns/CPU-s, used for the ratios) and wall time; all rows are measured in five interleaved rounds.`,
        "Peers do only the graph walk: no transcript, trace, live-agent or frustration checks, no state cloning — Baton's extra work is the price of its protocol.",
      ],
    },
  };
}

/** Runs all three on the script and compares what the bot said, turn by turn. */
function checkAgreement(setup: BenchSetup, turns: number): string {
  const baton = createBatonChat(setup.bundle, KEPT_TRANSCRIPT);
  const xstate = createXstateFlow(setup.bundle);
  const bare = createBareWalk(setup.bundle);
  const said = [baton.start(setup.startAt), xstate.start(), bare.start()].map((texts) => texts.join("|"));
  let disagreements = said[0] === said[1] && said[1] === said[2] ? 0 : 1;
  for (let i = 0; i < turns; i++) {
    const index = i % setup.texts.length;
    const event = setup.events[index];
    const text = setup.texts[index] ?? "";
    if (!event) continue;
    const batonSaid = messageTexts(baton.turn(event)).join("|");
    const xstateSaid = xstate.turn(text).join("|");
    const bareSaid = bare.turn(text).join("|");
    if (batonSaid !== xstateSaid || xstateSaid !== bareSaid) disagreements++;
  }
  return disagreements === 0
    ? `Same graph, same behaviour: all three said the same messages on each of the first ${turns} turns.`
    : `WARNING: the three implementations disagreed on ${disagreements} of ${turns} turns — the comparison is not like for like.`;
}

/** A classifier that only looks for each intent's keywords, as the peers do. */
function keywordClassifierFactory(): ClassifierFactory {
  return (intents): Classifier => {
    const byWord = new Map<string, string>();
    for (const intent of intents) for (const keyword of intent.keywords) byWord.set(keyword.toLowerCase(), intent.name);
    return {
      classify(text) {
        for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
          const intent = byWord.get(word);
          if (intent !== undefined) return { intent, score: 1, ranking: [{ intent, score: 1 }] };
        }
        return { intent: null, score: 0, ranking: [] };
      },
    };
  };
}
