import { summarize, type Latency } from "./timing";

/** Something to time: one turn per call, `i` counting up from 0 without gaps. */
export interface Contender {
  name: string;
  turn: (i: number) => void;
}

export interface Measured {
  name: string;
  /** Turns per second of this process's CPU time (user + system). */
  perCpuSecond: number;
  /** Turns per second of wall-clock time. */
  perWallSecond: number;
  latency: Latency;
}

/**
 * Times every contender in `rounds` interleaved rounds — each round one throughput batch and one
 * chunk of turn-by-turn samples per contender — so a burst of load from other processes hits all
 * of them alike instead of whichever happened to run then. Throughput is counted against CPU
 * time as well as wall time: on a shared machine the CPU figure is the one that holds still.
 * Each contender gets about `seconds` of turns in total, after a warm-up.
 */
export function measureInterleaved(contenders: Contender[], seconds: number, rounds = 5): Measured[] {
  const lanes = contenders.map((contender) => ({ contender, next: 0, chunk: 0, cpuUs: 0, wallNs: 0, turns: 0, samples: new Float64Array(0) }));
  for (const lane of lanes) {
    // warm up (JIT, caches), then size the chunks from the CPU time a turn takes
    for (let k = 0; k < 2000; k++) lane.contender.turn(lane.next++);
    const before = process.cpuUsage();
    for (let k = 0; k < 2000; k++) lane.contender.turn(lane.next++);
    const used = process.cpuUsage(before);
    const perTurnUs = Math.max(0.01, (used.user + used.system) / 2000);
    lane.chunk = Math.max(200, Math.min(400_000, Math.round((seconds * 1e6) / perTurnUs / rounds / 2)));
    lane.samples = new Float64Array(lane.chunk * rounds);
  }
  for (let round = 0; round < rounds; round++) {
    for (const lane of lanes) {
      const { contender, chunk } = lane;
      const cpuBefore = process.cpuUsage();
      const wallBefore = process.hrtime.bigint();
      for (let k = 0; k < chunk; k++) contender.turn(lane.next++);
      lane.wallNs += Number(process.hrtime.bigint() - wallBefore);
      const used = process.cpuUsage(cpuBefore);
      lane.cpuUs += used.user + used.system;
      lane.turns += chunk;
      for (let k = 0; k < chunk; k++) {
        const i = lane.next++;
        const before = process.hrtime.bigint();
        contender.turn(i);
        lane.samples[round * chunk + k] = Number(process.hrtime.bigint() - before);
      }
    }
  }
  return lanes.map((lane) => ({
    name: lane.contender.name,
    perCpuSecond: (lane.turns * 1e6) / lane.cpuUs,
    perWallSecond: (lane.turns * 1e9) / lane.wallNs,
    latency: summarize(lane.samples),
  }));
}
