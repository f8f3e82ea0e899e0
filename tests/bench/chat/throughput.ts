import { pickScript, seeded, sendMessage, startConversation } from "./chat-user";
import { createClient, type Reply } from "./http-client";
import type { Ledger } from "./ledger";
import { cpuShare, percentiles } from "./stats";

export interface LoopResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The load generator's CPU during the loop, as a share of one core (it runs beside the server). */
  generatorCpu: number;
}

/** Collects latencies and errors of a measured period. */
function recorder() {
  const samples: number[] = [];
  let errors = 0;
  return {
    onReply(reply: Reply) {
      samples.push(reply.ms);
      if (reply.status < 200 || reply.status >= 300) errors++;
    },
    result(seconds: number, cpu: NodeJS.CpuUsage): LoopResult {
      return { requests: samples.length, perSecond: samples.length / seconds, ...percentiles(samples), errors, generatorCpu: cpuShare(cpu, seconds * 1000) };
    },
  };
}

/**
 * Closed loop, no think time: `connections` virtual users each start a conversation and send its
 * script's messages, one request at a time, then start the next conversation, until `seconds`.
 */
export async function chatClosedLoop(base: string, flowId: string, ledger: Ledger, connections: number, seconds: number): Promise<LoopResult> {
  const client = createClient(base, connections);
  const stats = recorder();
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: connections }, async (_, user) => {
      const random = seeded(user + 1);
      while (performance.now() < until) {
        const conversation = await startConversation(client, flowId, ledger, stats.onReply);
        if (!conversation) continue;
        for (const body of pickScript(random)) {
          if (performance.now() >= until) break;
          if (!(await sendMessage(client, conversation, body, ledger, stats.onReply))) break;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  client.close();
  return stats.result(elapsed, cpu);
}

/** The same closed loop against a trivial JSON route (GET /api/health) of the same build. */
export async function trivialClosedLoop(base: string, connections: number, seconds: number): Promise<LoopResult> {
  const client = createClient(base, connections);
  const stats = recorder();
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) stats.onReply(await client.request("GET", "/api/health"));
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  client.close();
  return stats.result(elapsed, cpu);
}
