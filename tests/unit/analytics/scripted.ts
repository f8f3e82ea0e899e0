import { readFileSync } from "node:fs";
import path from "node:path";
import { eventsFromStep } from "@/lib/analytics/events-from-trace";
import type { AnalyticsEvent } from "@/lib/analytics/analytics-event";
import { compileFlow, type FlowDocumentInput } from "@/lib/flow";
import { createConversation, createSimulatedHost, type RuntimeBundle, type SimulatedWorld, type UserAction } from "@/lib/runtime";

const root = path.resolve(import.meta.dirname, "../../..");

export function acmeBundle(version = 1): RuntimeBundle {
  const document: FlowDocumentInput = JSON.parse(readFileSync(path.join(root, "tests/fixtures/flows/acme-support.json"), "utf8"));
  return compileFlow(document, { flowId: "acme", version });
}

/** One scripted conversation: the world it runs in and what the user sends, in order. */
export interface Script {
  world?: SimulatedWorld;
  says: (string | { action: UserAction })[];
}

/**
 * Runs a script through the real runtime (createConversation + simulated host) and returns the
 * analytics events of every step, exactly as the server derives them.
 */
export async function runScript(bundle: RuntimeBundle, script: Script, conversationId = "c1"): Promise<AnalyticsEvent[]> {
  const events: AnalyticsEvent[] = [];
  const ref = { flowId: bundle.flow.id, flowVersion: bundle.flow.version, conversationId, channel: "live" as const };
  const conversation = createConversation(bundle, createSimulatedHost(script.world ?? {}), {
    onStep: (result, event) => events.push(...eventsFromStep(result, event, ref)),
  });
  await conversation.start();
  for (const input of script.says) await conversation.send(input);
  return events;
}

export const ofType = (events: readonly AnalyticsEvent[], type: AnalyticsEvent["type"]) => events.filter((event) => event.type === type);
