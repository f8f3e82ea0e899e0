import type { BenchTable } from "../types";
import { createBatonChat } from "./baton-chat";
import type { BenchSetup } from "./bench-setup";
import { garbageCollector, settledHeapMb } from "./heap";
import { fmt } from "./timing";
import { KEPT_TRANSCRIPT } from "./turn-comparison";

/**
 * Table 3: heap after forced GC at 0, ¼, ½, ¾ and all of `turns` Baton turns of one conversation
 * that loops through the menu, with a host that trims the transcript (an untrimmed transcript
 * grows without bound by design — see the transcript growth table).
 */
export function heapOverTurns(setup: BenchSetup, turns: number, target: number, bytesPerTurn: number): BenchTable {
  const { bundle, events, startAt } = setup;
  const gc = garbageCollector();
  const chat = createBatonChat(bundle, KEPT_TRANSCRIPT);
  chat.start(startAt);
  const quarter = Math.floor(turns / 4);
  const rows: (string | number)[][] = [];
  let baseline = NaN;
  let growthMb = 0;
  let turn = 0;
  for (let checkpoint = 0; checkpoint <= 4; checkpoint++) {
    const until = checkpoint * quarter;
    for (; turn < until; turn++) {
      const event = events[turn % events.length];
      if (event) chat.turn(event);
    }
    const heap = settledHeapMb(gc);
    if (checkpoint === 0) baseline = heap;
    growthMb = heap - baseline;
    rows.push([fmt(turn), fmt(heap), signed(growthMb), JSON.stringify(chat.state).length, chat.state.status]);
  }
  // retaining even one 100-byte object per turn would show as ~100 MB after a million turns
  const flat = Math.abs(growthMb) < 1;
  const growth = signed(growthMb);
  return {
    title: `Heap over ${fmt(quarter * 4)} Baton turns (one conversation looping through the menu; host keeps the last ${KEPT_TRANSCRIPT} transcript lines)`,
    columns: ["turns", "heap used MB (after GC)", "growth MB", "state JSON bytes", "status"],
    rows,
    notes: [
      `goal: heap flat over 1,000,000 turns — ${flat ? "flat" : "grows"} (${growth} MB over ${fmt(quarter * 4)} turns) with a trimming host — ${flat && quarter * 4 >= 1_000_000 ? "met" : flat ? `flat, but over ${fmt(quarter * 4)} turns only` : "not met"}`,
      quarter * 4 < target
        ? `Ran ${fmt(quarter * 4)} of the ${fmt(target)} turns asked for to stay inside the time budget at the measured speed; set BATON_BENCH_HEAP_TURNS=${target} to run them all.`
        : `All ${fmt(target)} turns ran.`,
      `Without trimming the heap is NOT flat: the transcript is part of the state by design and grows ~${fmt(bytesPerTurn)} bytes of JSON per turn (≈${fmt((bytesPerTurn * 1_000_000) / 1024 / 1024)} MB of state after 1,000,000 turns), so that variant is not run to 1M.`,
    ],
  };
}

function signed(mb: number): string {
  return (mb >= 0 ? "+" : "") + fmt(mb);
}
