import type { BenchTable } from "../types";
import { createBatonChat } from "./baton-chat";
import type { BenchSetup } from "./bench-setup";
import { fmt, summarize } from "./timing";

const WINDOWS = [
  [1, 100],
  [201, 300],
  [401, 500],
  [901, 1000],
] as const;

/**
 * Table 2: one conversation whose host never trims the transcript. The transcript is part of the
 * state by design, so the state's size grows with the conversation; this shows how fast, and
 * whether a turn's cost grows with it.
 */
export function transcriptGrowth(setup: BenchSetup): { table: BenchTable; bytesPerTurn: number } {
  const { bundle, events, startAt } = setup;
  const chat = createBatonChat(bundle);
  chat.start(startAt);
  const last = WINDOWS[WINDOWS.length - 1]?.[1] ?? 0;
  const samples = new Float64Array(last);
  const sizes = new Map<number, { bytes: number; lines: number }>();
  for (let turn = 1; turn <= last; turn++) {
    const event = events[(turn - 1) % events.length];
    if (!event) continue;
    const before = process.hrtime.bigint();
    chat.turn(event);
    samples[turn - 1] = Number(process.hrtime.bigint() - before);
    if (WINDOWS.some(([, end]) => end === turn)) {
      sizes.set(turn, { bytes: JSON.stringify(chat.state).length, lines: chat.state.transcript.length });
    }
  }
  const firstSize = sizes.get(WINDOWS[0][1]);
  const lastSize = sizes.get(last);
  const bytesPerTurn = firstSize && lastSize ? (lastSize.bytes - firstSize.bytes) / (last - WINDOWS[0][1]) : NaN;
  return {
    bytesPerTurn,
    table: {
      title: "Baton without transcript trimming: one conversation, cost per turn as it grows",
      columns: ["turns", "p50 µs", "p99 µs", "state JSON KB (at end)", "transcript lines"],
      rows: WINDOWS.map(([from, to]) => {
        const latency = summarize(samples.subarray(from - 1, to));
        const size = sizes.get(to);
        return [`${from}–${to}`, fmt(latency.p50), fmt(latency.p99), fmt((size?.bytes ?? 0) / 1024), size?.lines ?? 0];
      }),
      notes: [
        `The state grows by ~${fmt(bytesPerTurn)} bytes of JSON per turn (4 transcript lines: the user's message and three bot messages). step() copies only what a turn changes (copy-on-write, lib/runtime/turn.ts): appending copies the transcript array's references (8 bytes a line), never its entries, so a turn's cost stays nearly flat as the conversation grows.`,
        "A host that stores messages elsewhere (as the server does) should trim state.transcript between turns; the runtime itself never shortens it.",
      ],
    },
  };
}
