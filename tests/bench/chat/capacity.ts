import { sendMessage, startConversation, type ChatBody } from "./chat-user";
import { createClient, type Reply } from "./http-client";
import type { Ledger } from "./ledger";
import { cpuShare, percentiles, processCpuMs } from "./stats";

export interface CapacityStep {
  conversations: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** The load generator's CPU during the step, as a share of one core. */
  generatorCpu: number;
  /** The server process's CPU time per request during the step (null where /proc is missing). */
  serverCpuMs: number | null;
  /** Requests sent again because the server closed their idle keep-alive socket as they left. */
  resent: number;
}

export interface CapacityOptions {
  /** Conversations added per step, spread over the step's first seconds. */
  stepSize: number;
  stepSeconds: number;
  maxSteps: number;
  /** Each conversation sends a message this often. */
  intervalMs: number;
  p99LimitMs: number;
}

// two texts in turn: the same message three times in a row would count as frustration
const CYCLE: ChatBody[] = [{ text: "what are your opening hours?" }, { text: "what time do you close" }];
/** One conversation in five asks for a person first (the 20% handoffs), then keeps writing. */
const HANDOFF_EVERY = 5;

/**
 * Open loop: every conversation sends a message every `intervalMs` whatever the others do;
 * `stepSize` more join every `stepSeconds` until a step's p99 passes the limit, an error
 * appears, or `maxSteps` is reached. Each step's figures cover the requests made during it.
 */
export async function capacityRamp(base: string, flowId: string, ledger: Ledger, options: CapacityOptions, serverPid?: number): Promise<CapacityStep[]> {
  const client = createClient(base, 512);
  const steps: CapacityStep[] = [];
  let window: { samples: number[]; errors: number } = { samples: [], errors: 0 };
  const onReply = (reply: Reply) => {
    window.samples.push(reply.ms);
    if (reply.status < 200 || reply.status >= 300) window.errors++;
  };
  let stopped = false;
  const running: Promise<void>[] = [];
  const join = async (index: number) => {
    const conversation = await startConversation(client, flowId, ledger, onReply);
    if (!conversation) return;
    for (let turn = 0; !stopped; turn++) {
      const next = performance.now() + options.intervalMs;
      const body: ChatBody = turn === 0 && index % HANDOFF_EVERY === 0 ? { action: "talk_to_person" } : (CYCLE[(turn + index) % CYCLE.length] ?? { text: "hi" });
      await sendMessage(client, conversation, body, ledger, onReply);
      const wait = next - performance.now();
      if (wait > 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  let active = 0;
  for (let step = 0; step < options.maxSteps; step++) {
    const spread = Math.min(options.intervalMs, options.stepSeconds * 1000);
    for (let i = 0; i < options.stepSize; i++) {
      const index = active + i;
      running.push(new Promise<void>((resolve) => setTimeout(() => void join(index).finally(resolve), (i * spread) / options.stepSize)));
    }
    active += options.stepSize;
    window = { samples: [], errors: 0 };
    const cpu = process.cpuUsage();
    const serverBefore = processCpuMs(serverPid);
    const resetsBefore = client.resets;
    const stepStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, options.stepSeconds * 1000));
    const measured = window;
    const generatorCpu = cpuShare(cpu, performance.now() - stepStarted);
    const serverAfter = processCpuMs(serverPid);
    const serverCpuMs = serverBefore === null || serverAfter === null ? null : (serverAfter - serverBefore) / Math.max(1, measured.samples.length);
    steps.push({ conversations: active, requests: measured.samples.length, ...percentiles(measured.samples), errors: measured.errors, generatorCpu, serverCpuMs, resent: client.resets - resetsBefore });
    if (measured.errors > 0 || percentiles(measured.samples).p99 > options.p99LimitMs) break;
  }
  stopped = true;
  await Promise.all(running);
  client.close();
  return steps;
}
