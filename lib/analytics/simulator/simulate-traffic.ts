import type { ChatMessage, ChatStatus } from "@/lib/api/live";
import { createBatonClient, type BatonClient } from "./baton-client";
import { seededRandom, type SeededRandom } from "./seeded-random";
import { answerFor, FRUSTRATED, OUT_OF_SCOPE, paraphrase, pickPersona, WANTS_PERSON, type Persona } from "./user-messages";

/** How to simulate: which server and flow, how many conversations, the seed, and the desk agent. */
export interface SimulationOptions {
  baseUrl: string;
  flowId: string;
  conversations: number;
  seed: number;
  /** The agent who answers handoffs at the desk; null = nobody answers (handoffs wait or time out). */
  agent: { email: string; password: string } | null;
  /** Intent examples to paraphrase; default: read from the flow through the API (needs designer access). */
  examples?: readonly string[];
  /** At most this many conversations start per minute (leaves the server and the chat rate limit room for people); default: as fast as it answers. */
  perMinute?: number;
  onProgress?: (done: number, total: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** What the simulation did, as the simulator saw it. */
export interface SimulationSummary {
  conversations: number;
  personas: Record<Persona, number>;
  /** Times a simulated user was found waiting for, or talking with, the team. */
  withTeam: number;
  accepted: number;
  resolved: number;
  handedBack: number;
  failed: number;
  agentSignedIn: boolean;
}

const MAX_TURNS = 10;

/**
 * Drives a RUNNING Baton server through its public chat API with simulated users (intent
 * examples paraphrased, requests the flow cannot understand, asks for a person, frustration) and
 * a simulated agent at the desk (accepts, replies, resolves or hands back). Every choice comes
 * from the seed, so the same seed sends the same traffic. What the server records is the truth:
 * this is how analytics gets realistic data (`npm run simulate`, and the demo seed).
 */
export async function simulateTraffic(options: SimulationOptions): Promise<SimulationSummary> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const client = createBatonClient(options.baseUrl, sleep);
  const random = seededRandom(options.seed);
  const summary: SimulationSummary = {
    conversations: 0,
    personas: { intent: 0, not_understood: 0, wants_person: 0, frustrated: 0 },
    withTeam: 0,
    accepted: 0,
    resolved: 0,
    handedBack: 0,
    failed: 0,
    agentSignedIn: false,
  };
  if (options.agent) summary.agentSignedIn = await client.signInAgent(options.agent.email, options.agent.password);
  if (summary.agentSignedIn) await client.setPresence("online");
  const examples = options.examples ?? (await client.getFlowExamples(options.flowId));
  const began = Date.now();
  for (let index = 0; index < options.conversations; index++) {
    if (options.perMinute) {
      const due = began + (index * 60_000) / options.perMinute;
      if (due > Date.now()) await sleep(due - Date.now());
    }
    const persona = pickPersona(random);
    summary.personas[persona]++;
    try {
      await conversation(client, options.flowId, persona, plan(persona, random, examples), random, index, summary);
      summary.conversations++;
    } catch (error) {
      summary.failed++;
      if (summary.failed === 1) console.error(`\nsimulate: ${error instanceof Error ? error.message : String(error)}`);
    }
    options.onProgress?.(index + 1, options.conversations);
  }
  if (summary.agentSignedIn) await client.setPresence("offline");
  return summary;
}

/** What a persona intends to say, in order (follow-up questions are answered as they come). */
function plan(persona: Persona, random: SeededRandom, examples: readonly string[]): string[] {
  const example = () => (examples.length > 0 ? paraphrase(random.pick(examples), random) : "where is my order");
  switch (persona) {
    case "intent":
      return [example(), "no thanks"];
    case "not_understood":
      return [random.pick(OUT_OF_SCOPE), random.pick(OUT_OF_SCOPE), random.pick(OUT_OF_SCOPE), example()];
    case "wants_person":
      return random.chance(0.5) ? [random.pick(WANTS_PERSON)] : [example(), random.pick(WANTS_PERSON)];
    case "frustrated": {
      const line = random.pick(FRUSTRATED);
      return random.chance(0.5) ? [line, line, line] : [line, random.pick(FRUSTRATED), line];
    }
  }
}

async function conversation(client: BatonClient, flowId: string, persona: Persona, says: string[], random: SeededRandom, index: number, summary: SimulationSummary): Promise<void> {
  const started = await client.startChat(flowId);
  let status: ChatStatus = started.status;
  let last: ChatMessage[] = started.messages;
  for (let turn = 0; turn < MAX_TURNS && status.state !== "ended"; turn++) {
    if (status.state === "queued" || status.state === "with_agent") {
      summary.withTeam++;
      if (!(await agentAnswers(client, started.conversationId, random, summary))) return;
      const now = await client.getChat(started.conversationId, started.token);
      status = now.status;
      last = now.messages;
      continue;
    }
    if (!status.acceptsInput) return;
    const bot = [...last].reverse().find((message) => message.from === "bot" || message.from === "system");
    const replies = bot?.quickReplies ?? [];
    const answer = bot ? answerFor(bot.text, random, index) : null;
    let sent: { text: string } | { action: "talk_to_person" | { quickReply: string } };
    if (replies.length > 0 && random.chance(0.7)) {
      const reply = random.pick(replies);
      sent = { action: { quickReply: reply.value ?? reply.label } };
    } else if (answer && persona !== "frustrated") sent = { text: answer };
    else {
      const next = says.shift();
      if (next === undefined) return;
      sent = persona === "wants_person" && random.chance(0.25) && WANTS_PERSON.some((phrase) => phrase === next) ? { action: "talk_to_person" } : { text: next };
    }
    const response = await client.sendChat(started.conversationId, started.token, sent);
    status = response.status;
    last = response.messages;
  }
}

/** The desk agent takes the handoff (or lets it wait), replies, then resolves or hands back. */
async function agentAnswers(client: BatonClient, conversationId: string, random: SeededRandom, summary: SimulationSummary): Promise<boolean> {
  if (!summary.agentSignedIn) return false;
  const { handoffs } = await client.openHandoffs();
  const handoff = handoffs.find((candidate) => candidate.conversationId === conversationId);
  if (!handoff) return false;
  if (handoff.status === "queued") {
    if (!random.chance(0.8) || !(await client.deskAction(handoff.id, "accept"))) return false;
    summary.accepted++;
  }
  await client.deskAction(handoff.id, "messages", { text: random.pick(["Hi! Let me look into that for you.", "Hello, I'm on it.", "Thanks for waiting — checking now."]) });
  if (random.chance(0.6)) {
    if (await client.deskAction(handoff.id, "resolve", { note: "Sorted by the simulated agent" })) summary.resolved++;
  } else if (await client.deskAction(handoff.id, "hand-back", { note: random.pick(["Refund issued", "Order found, it ships tomorrow", "Password reset link sent"]) })) {
    summary.handedBack++;
  }
  return true;
}
