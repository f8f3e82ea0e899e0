import { openDatabase } from "../../db/open";
import { finishDemoTraffic, takeDemoTraffic } from "../../db/queries/demo-traffic";
import { getFlow } from "../../db/queries/flows";
import { DEMO_AGENT_EMAIL } from "../../db/queries/live/seed";
import { findUserByEmail } from "../../db/queries/users";
import { DEMO_PASSWORD } from "../../db/seed-users";
import { collectExamples } from "../analytics/simulator/baton-client";
import { simulateTraffic, type SimulationSummary } from "../analytics/simulator/simulate-traffic";

export interface DemoTrafficOptions {
  databasePath: string;
  /** The server `npm start` just started. */
  baseUrl: string;
  conversations: number;
  /** Pace (conversations started per minute), so the fresh server stays responsive for the person trying it. */
  perMinute?: number;
  /** How long to wait for the server to answer /api/health. */
  serverTimeoutMs?: number;
  log?: (line: string) => void;
}

/**
 * Fills the demo flow's analytics with realistic data, once: if `prepareDatabase` queued demo
 * traffic, waits until the server answers, takes the queued marker (so no later start repeats it)
 * and drives the server with the traffic simulator, the demo agent answering at the desk.
 * Returns what was simulated, or null when nothing was queued.
 */
export async function runDemoTraffic(options: DemoTrafficOptions): Promise<SimulationSummary | null> {
  await waitForServer(options.baseUrl, options.serverTimeoutMs ?? 120_000);
  const db = openDatabase(options.databasePath);
  let flowId: string | null;
  let examples: string[] = [];
  let agentExists = false;
  try {
    flowId = takeDemoTraffic(db);
    if (flowId) {
      examples = collectExamples(getFlow(db, flowId).document);
      agentExists = findUserByEmail(db, DEMO_AGENT_EMAIL) !== null;
    }
  } finally {
    db.$client.close();
  }
  if (!flowId) return null;
  options.log?.(`Baton: simulating ${options.conversations} conversations on the demo flow in the background, for its analytics (BATON_DEMO_TRAFFIC=0 turns this off)`);
  const summary = await simulateTraffic({
    baseUrl: options.baseUrl,
    flowId,
    conversations: options.conversations,
    seed: 1,
    agent: agentExists ? { email: DEMO_AGENT_EMAIL, password: DEMO_PASSWORD } : null,
    examples,
    ...(options.perMinute ? { perMinute: options.perMinute } : {}),
  });
  const done = openDatabase(options.databasePath);
  try {
    finishDemoTraffic(done, flowId, summary);
  } finally {
    done.$client.close();
  }
  options.log?.(
    `Baton: demo traffic done — ${summary.conversations} simulated conversations on the demo flow ` +
      `(${summary.accepted} handoffs taken by the demo agent${summary.failed > 0 ? `, ${summary.failed} failed` : ""}); see ${new URL(`/flows/${flowId}/analytics`, options.baseUrl).href}`,
  );
  return summary;
}

/** Polls /api/health until the server answers (it is another process: there is no event to await). */
async function waitForServer(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(new URL("/api/health", baseUrl))).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server at ${baseUrl} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
