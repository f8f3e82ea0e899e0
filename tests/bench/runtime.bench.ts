import type { Benchmark } from "./types";
import { benchSetup } from "./runtime/bench-setup";
import { heapOverTurns } from "./runtime/heap-flat";
import { compareTurns } from "./runtime/turn-comparison";
import { turnBreakdown } from "./runtime/turn-breakdown";
import { transcriptGrowth } from "./runtime/transcript-growth";

/** Whole benchmark budget on the 2-core reference machine; the heap run gets what is left. */
const BUDGET_SECONDS = 50;
const HEAP_TARGET_TURNS = 1_000_000;

/**
 * The interpreter's speed and memory: turns through Baton's `step` against an xstate v5 machine
 * and a bare graph walk of the same 500-node flow, the cost of an untrimmed transcript, where a
 * turn's time goes, and the heap over up to a million turns. Measures only; never fails on time.
 */
const benchmark: Benchmark = {
  name: "runtime: turns, latency, heap",
  async run() {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const setup = benchSetup();
    const turns = compareTurns(setup, 1.5);
    const growth = transcriptGrowth(setup);
    const breakdown = turnBreakdown(setup, 0.4);
    const forced = Number.parseInt(process.env.BATON_BENCH_HEAP_TURNS ?? "", 10);
    const affordable = Math.floor((turns.batonWallPerSecond * Math.max(8, BUDGET_SECONDS - elapsed())) / 2000) * 2000;
    const heapTurns = Number.isFinite(forced) && forced > 0 ? forced : Math.min(HEAP_TARGET_TURNS, affordable);
    const heap = heapOverTurns(setup, heapTurns, Math.max(HEAP_TARGET_TURNS, heapTurns), growth.bytesPerTurn);
    return [turns.table, growth.table, breakdown, heap];
  },
};

export default benchmark;
