import fs from "node:fs";
import os from "node:os";
import { capacityRamp, type CapacityStep } from "./chat/capacity";
import { createLedger } from "./chat/ledger";
import { ensureBuild, freePort, prepareDatabase, startServer, storedMessages } from "./chat/server";
import { processCpuMs, round } from "./chat/stats";
import { chatClosedLoop, trivialClosedLoop, type LoopResult } from "./chat/throughput";
import type { Benchmark, BenchTable } from "./types";

const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const SECONDS = 12;
/** The bench queues' wait timeout (5 s, see prepareDatabase) plus a margin. */
const SETTLE_MS = 8000;
const CAPACITY = { stepSize: 100, stepSeconds: 8, maxSteps: 16, intervalMs: 3000, p99LimitMs: 300 };

/**
 * The public chat API under load, on a production build (`next start`, loopback, temp SQLite):
 * (a) 50 closed-loop connections doing real conversations (20% ask for a person and are really
 * enqueued) against GET /api/health measured the same way in the same run; (b) open-loop
 * capacity — conversations each sending a message every 3 s (one in five asks for a person first),
 * +100 every 8 s until p99 > 300 ms
 * or an error; (c) after both, every acknowledged message must be in the database.
 */
const benchmark: Benchmark = {
  name: "chat API: throughput vs a trivial route, open-loop capacity, no lost messages",
  async run() {
    const built = await ensureBuild();
    const { file, flowId } = prepareDatabase();
    const server = await startServer(await freePort(), file);
    const ledger = createLedger();
    try {
      await trivialClosedLoop(server.base, CONNECTIONS, WARMUP_SECONDS);
      await chatClosedLoop(server.base, flowId, createLedger(), CONNECTIONS, WARMUP_SECONDS);
      const trivial = await withServerCpu(server.child.pid, () => trivialClosedLoop(server.base, CONNECTIONS, SECONDS));
      const chat = await withServerCpu(server.child.pid, () => chatClosedLoop(server.base, flowId, ledger, CONNECTIONS, SECONDS));
      // let the closed loop's queued handoffs time out first, so its backlog is not billed to the ramp's first step
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const steps = await capacityRamp(server.base, flowId, ledger, CAPACITY, server.child.pid);
      await server.stop();
      const check = ledger.compare(storedMessages(file));
      return [throughputTable(chat, trivial, built), capacityTable(steps), lossTable(check)];
    } finally {
      await server.stop();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  },
};

export default benchmark;

type MeasuredLoop = LoopResult & { serverCpuMs: number | null };

/** Runs a loop and adds the server process's CPU time over it (other processes' load does not count). */
async function withServerCpu(pid: number | undefined, loop: () => Promise<LoopResult>): Promise<MeasuredLoop> {
  const before = processCpuMs(pid);
  const result = await loop();
  const after = processCpuMs(pid);
  return { ...result, serverCpuMs: before === null || after === null ? null : after - before };
}

function throughputTable(chat: MeasuredLoop, trivial: MeasuredLoop, built: boolean): BenchTable {
  const ratio = chat.perSecond / Math.max(1, trivial.perSecond);
  const p99Ratio = chat.p99 / Math.max(0.001, trivial.p99);
  const perRequest = (result: MeasuredLoop) => (result.serverCpuMs === null ? null : result.serverCpuMs / Math.max(1, result.requests));
  const chatCpu = perRequest(chat);
  const trivialCpu = perRequest(trivial);
  const row = (name: string, result: MeasuredLoop) => {
    const cpu = perRequest(result);
    return [name, result.requests, round(result.perSecond), round(result.p50, 2), round(result.p99, 2), result.errors, cpu === null ? "n/a" : round(cpu, 2), percent(result.generatorCpu)];
  };
  return {
    title: `Closed loop, ${CONNECTIONS} connections, no think time, ${SECONDS} s each${built ? " (build was stale: rebuilt)" : ""}`,
    columns: ["route", "requests", "req/s", "p50 ms", "p99 ms", "errors", "server CPU ms/req", "load generator CPU"],
    rows: [row("chat turns (POST start/messages)", chat), row("GET /api/health (trivial)", trivial)],
    notes: [
      `goal: chat ≥ 0.5× trivial req/s — ${round(ratio, 2)}× — ${ratio >= 0.5 ? "met" : "NOT met"}`,
      `goal: chat p99 ≤ 2× trivial p99 — ${round(p99Ratio, 2)}× — ${p99Ratio <= 2 ? "met" : "NOT met"}`,
      ...(chatCpu !== null && trivialCpu !== null
        ? [`server CPU per chat turn: ${round(chatCpu / Math.max(0.001, trivialCpu), 2)}× a trivial request's (≤ 2× is what 0.5× the throughput needs when the server is the bottleneck; unlike req/s it hardly moves with other load on the machine)`]
        : []),
      `load generator and server share this machine's ${os.cpus().length} cores; load average at the end: ${os.loadavg().map((value) => value.toFixed(1)).join(" / ")}`,
    ],
  };
}

function capacityTable(steps: CapacityStep[]): BenchTable {
  const held = steps.filter((step) => step.errors === 0 && step.p99 <= CAPACITY.p99LimitMs).reduce((best, step) => Math.max(best, step.conversations), 0);
  return {
    title: `Open loop: each conversation sends a message every ${CAPACITY.intervalMs / 1000} s (20% ask for a person first), +${CAPACITY.stepSize} every ${CAPACITY.stepSeconds} s`,
    columns: ["conversations", "requests in step", "p50 ms", "p99 ms", "errors", "server CPU ms/req", "load generator CPU"],
    rows: steps.map((step) => [step.conversations, step.requests, round(step.p50, 2), round(step.p99, 2), step.errors, step.serverCpuMs === null ? "n/a" : round(step.serverCpuMs, 2), percent(step.generatorCpu)]),
    notes: [
      `largest concurrent count held with 0 errors and p99 ≤ ${CAPACITY.p99LimitMs} ms: ${held}`,
      `requests re-sent once because the server closed their idle keep-alive socket at that moment (not errors): ${steps.reduce((sum, step) => sum + step.resent, 0)}`,
      `goal: ≥ 1,000 — ${held >= 1000 ? "met" : "NOT met"}${steps.length === CAPACITY.maxSteps && held === steps.at(-1)?.conversations ? " (ramp ended before the limit was found)" : ""}`,
    ],
  };
}

function lossTable(check: { acknowledged: number; lost: number; conversations: number }): BenchTable {
  return {
    title: "Messages acknowledged by the API vs stored in the database (both phases)",
    columns: ["conversations", "messages acknowledged", "missing from the database"],
    rows: [[check.conversations, check.acknowledged, check.lost]],
    notes: [`goal: 0 lost — ${check.lost === 0 ? "met" : "NOT met"}`],
  };
}

/** The load generator's CPU as a share of one core: far below 100% means it is not the bottleneck. */
function percent(share: number): string {
  return `${Math.round(share * 100)}% of a core`;
}
