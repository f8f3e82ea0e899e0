import type { BundleNode, NodeKind, RuntimeBundle } from "./bundle-types";
import { executorOf } from "./executors";
import type { Executor } from "./executors/executor";
import { normalizeText, type Classifier, type IntentTrainingData, type TrainOptions } from "./nlu";
import { language, type Language } from "./nlu/language";
import { hasPhrase } from "./nlu/live-agent";
import type { Turn } from "./turn";

/** Builds the classifier of one intent node; plug in your own NLU through `StepOptions`. */
export type ClassifierFactory = (intents: IntentTrainingData[], options: TrainOptions) => Classifier;

/**
 * What `step` works out once per bundle object instead of once per turn: the flow's extra
 * live-agent phrases normalised, its language pack made ready, and each intent node's trained
 * classifier (per factory).
 * Bundles are treated as immutable — a changed flow is a new bundle (compile makes one).
 */
export interface Prepared {
  /** `bundle.nodes` by id: one Map lookup instead of two on a 500-key dictionary object. */
  nodes: Map<string, Linked>;
  /** `settings.liveAgent.phrases`, normalised, empty ones dropped. */
  liveAgentPhrases: string[];
  /** `bundle.language`, ready to use. */
  lang: Language;
  classifiers: WeakMap<ClassifierFactory, Map<string, Classifier>>;
}

/**
 * A node with its id, kind and executor's `enter` read out once: entering a node then reads one
 * object shape, where the nodes of a flow have a shape per kind and the executors one per kind.
 */
export interface Linked {
  node: BundleNode;
  id: string;
  kind: NodeKind;
  next: BundleNode["next"];
  /** The records the ports lead to (`next` resolved once, not looked up by id on every step). */
  to: { [port: string]: Linked | undefined };
  enter: Executor<NodeKind>["enter"];
}

/** `node`'s prepared record (`to` is filled in once every node of the bundle has one). */
export function linked(node: BundleNode): Linked {
  return { node, id: node.id, kind: node.kind, next: node.next, to: {}, enter: executorOf(node.kind).enter };
}

const preparedBundles = new WeakMap<RuntimeBundle, Prepared>();

/** The bundle's prepared data, computed on its first turn. */
export function prepare(bundle: RuntimeBundle): Prepared {
  let prepared = preparedBundles.get(bundle);
  if (!prepared) {
    const phrases = bundle.settings.liveAgent.phrases.map((phrase) => normalizeText(phrase)).filter((phrase) => phrase !== "");
    const nodes = new Map<string, Linked>();
    for (const [id, node] of Object.entries(bundle.nodes)) nodes.set(id, linked(node));
    for (const record of nodes.values()) {
      for (const [port, target] of Object.entries(record.next)) if (target !== null) record.to[port] = nodes.get(target);
    }
    prepared = { nodes, liveAgentPhrases: phrases, lang: language(bundle.language), classifiers: new WeakMap() };
    preparedBundles.set(bundle, prepared);
  }
  return prepared;
}

/**
 * True when the normalised message contains one of the flow's extra live-agent phrases as whole
 * words — the check `isLiveAgentRequest(text, pack, phrases)` makes first, with the phrases normalised
 * once per bundle instead of on every message.
 */
export function hasLiveAgentPhrase(prepared: Prepared, normalized: string): boolean {
  return prepared.liveAgentPhrases.some((phrase) => hasPhrase(normalized, phrase));
}

/** The classifier of an intent node, trained on first use and kept for the bundle's lifetime. */
export function classifierOf(turn: Turn, nodeId: string): Classifier {
  const { bundle, prepared, classifierFactory: factory } = turn;
  let byNode = prepared.classifiers.get(factory);
  if (!byNode) prepared.classifiers.set(factory, (byNode = new Map()));
  const cached = byNode.get(nodeId);
  if (cached) return cached;
  const node = bundle.nodes[nodeId];
  const config = node?.kind === "intent" ? node.config : undefined;
  const intents = bundle.intents.filter((intent) => intent.nodeId === nodeId);
  const classifier = factory(intents, {
    language: bundle.language,
    outOfScope: config?.outOfScope ?? [],
    threshold: config?.threshold ?? bundle.settings.nluThreshold,
  });
  byNode.set(nodeId, classifier);
  return classifier;
}
