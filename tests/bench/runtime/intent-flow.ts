import { flowDocumentSchema, type FlowDocument, type FlowDocumentInput } from "@/lib/flow";
import { seededRandom, shuffled } from "./seeded-random";

type NodeInput = FlowDocumentInput["nodes"][number];

/** One test message and the intent (port of the menu) it must route to. */
export interface Utterance {
  text: string;
  intent: string;
}

export interface IntentFlow {
  document: FlowDocument;
  /** `intents × utterancesPerIntent` messages, each containing its intent's keyword. */
  utterances: Utterance[];
  /** The id of the menu (the one intent node every turn returns to). */
  menuId: string;
}

export interface IntentFlowOptions {
  nodeCount: number;
  intents: number;
  utterancesPerIntent: number;
  seed: number;
}

/**
 * The runtime benchmark's flow: a menu (one intent node) with `intents` intents, each decided by
 * its own keyword, and one branch per intent that answers, records the topic, checks the plan and
 * comes back to the menu. Basic-plan users (the default) take the short path
 * answer → set → condition → basic → menu; the pro path is a longer run of messages whose length
 * the seed decides, so the flow has exactly `nodeCount` nodes and all of them are reachable.
 */
export function generateIntentFlow(options: IntentFlowOptions): IntentFlow {
  const { nodeCount, intents, utterancesPerIntent, seed } = options;
  const core = 6;
  const perBranch = 5;
  if (intents > KEYWORDS.length) throw new RangeError(`at most ${KEYWORDS.length} intents`);
  if (nodeCount < core + perBranch * intents) throw new RangeError(`${intents} intents need at least ${core + perBranch * intents} nodes`);
  const random = seededRandom(seed);
  const nodes: NodeInput[] = [];
  const edges: { id: string; source: string; sourcePort: string; target: string }[] = [];
  const add = (node: NodeInput) => {
    nodes.push(node);
    return node.id;
  };
  const at = (index: number) => ({ x: (index % 25) * 320, y: Math.floor(index / 25) * 200 });
  const connect = (source: string, sourcePort: string, target: string) =>
    edges.push({ id: `edge_${edges.length}`, source, sourcePort, target });

  const keywords = KEYWORDS.slice(0, intents);
  const utterances: Utterance[] = [];
  const intentDefs = keywords.map((keyword) => {
    const name = `ask_${keyword}`;
    const texts = shuffled(TEMPLATES, random)
      .slice(0, utterancesPerIntent)
      .map((template) => template.replace("{k}", keyword));
    for (const text of texts) utterances.push({ text, intent: name });
    return { name, examples: texts, keywords: [keyword], patterns: [] };
  });

  const start = add({ id: "start", kind: "start", position: at(0), config: {} });
  const menu = add({
    id: "menu",
    kind: "intent",
    position: at(1),
    config: { prompt: "What would you like to know?", intents: intentDefs, outOfScope: ["order me a pizza", "what is the weather like"] },
  });
  const fallback = add({ id: "fallback", kind: "fallback", position: at(2), config: { messages: ["Sorry, which topic?"], maxAttempts: 2 } });
  const handoff = add({ id: "handoff", kind: "handoff", position: at(3), config: { queue: "support" } });
  const ticket = add({ id: "ticket", kind: "ticket", position: at(4), config: { queue: "support" } });
  const end = add({ id: "end", kind: "end", position: at(5), config: { message: "Goodbye!" } });
  connect(start, "next", menu);
  connect(fallback, "exhausted", handoff);
  connect(handoff, "unavailable", ticket);
  connect(handoff, "handed_back", menu);
  connect(ticket, "created", end);
  connect(ticket, "failed", end);

  // pro-path lengths: every branch has at least one message there; the seed spreads the rest
  const proLength = keywords.map(() => 1);
  for (let extra = nodeCount - core - perBranch * intents; extra > 0; extra--) {
    const branch = Math.floor(random() * intents);
    proLength[branch] = (proLength[branch] ?? 1) + 1;
  }

  keywords.forEach((keyword, i) => {
    const answer = add({ id: `answer_${i}`, kind: "message", position: at(nodes.length), config: { text: `Here is what I know about ${keyword}.` } });
    const set = add({
      id: `set_${i}`,
      kind: "set",
      position: at(nodes.length),
      config: { assignments: [{ variable: "last_topic", value: keyword }] },
    });
    const check = add({
      id: `check_${i}`,
      kind: "condition",
      position: at(nodes.length),
      config: { rule: { "==": [{ var: "plan" }, "pro"] }, label: "plan is pro" },
    });
    const basic = add({ id: `basic_${i}`, kind: "message", position: at(nodes.length), config: { text: `Pro customers get more on ${keyword}.` } });
    connect(menu, `ask_${keyword}`, answer);
    connect(answer, "next", set);
    connect(set, "next", check);
    connect(check, "false", basic);
    connect(basic, "next", menu);
    let previous = check;
    let port = "true";
    for (let j = 0; j < (proLength[i] ?? 1); j++) {
      const pro = add({ id: `pro_${i}_${j}`, kind: "message", position: at(nodes.length), config: { text: `Pro detail ${j + 1} on ${keyword}.` } });
      connect(previous, port, pro);
      previous = pro;
      port = "next";
    }
    connect(previous, port, menu);
  });

  const document = flowDocumentSchema.parse({
    schemaVersion: 1,
    name: `Runtime benchmark (${nodeCount} nodes, ${intents} intents, seed ${seed})`,
    nodes,
    edges,
    variables: [
      { name: "plan", initial: "basic", description: "Customer plan" },
      { name: "last_topic", initial: "", description: "The last topic asked about" },
    ],
    settings: { liveAgent: { handoffNodeId: handoff }, defaultFallbackNodeId: fallback },
  });
  return { document, utterances, menuId: menu };
}

/**
 * Fifty topic words, one per intent: distinct after stemming and synonyms, none a live-agent
 * phrase or a negative word, so every test message is decided by its keyword alone.
 */
const KEYWORDS = [
  "billing", "refund", "delivery", "password", "invoice", "warranty", "coupon", "shipping", "subscription", "voucher",
  "receipt", "battery", "charger", "screen", "keyboard", "printer", "router", "modem", "camera", "speaker",
  "headphones", "laptop", "tablet", "wallet", "insurance", "mortgage", "loan", "pension", "savings", "transfer",
  "deposit", "withdrawal", "statement", "address", "birthday", "membership", "loyalty", "newsletter", "catalog", "discount",
  "gift", "parcel", "locker", "courier", "pickup", "installation", "repair", "appointment", "reservation", "luggage",
];

/** Neutral sentence frames: no sentiment, no request for a person. */
const TEMPLATES = [
  "I have a question about my {k}",
  "{k} question please",
  "can you tell me about the {k}",
  "what about the {k}",
  "info on {k} today",
  "hi, a quick {k} question",
  "my {k} again",
  "tell me more on {k}",
  "where can I see the {k}",
  "quick one about the {k}",
  "could you check the {k} for me",
  "{k}?",
  "is there news on my {k}",
  "details of {k} please",
];
