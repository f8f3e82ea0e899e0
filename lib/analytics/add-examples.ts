import type { FlowDocument, FlowNode } from "@/lib/flow";
import { nodeTitle } from "@/lib/editor/node-text";
import { normalizeText } from "@/lib/runtime";

/** The intents of the draft a phrase can be taught to: per intent node, its intent names. */
export interface IntentTarget {
  nodeId: string;
  title: string;
  intents: string[];
}

/** Every intent node of the document with its intents, in document order. */
export function intentTargets(document: FlowDocument): IntentTarget[] {
  return document.nodes.flatMap((node) =>
    node.kind === "intent" ? [{ nodeId: node.id, title: `${node.id}: ${nodeTitle(node)}`, intents: node.config.intents.map((intent) => intent.name) }] : [],
  );
}

/**
 * The document with `phrases` added as examples of `intent` on the intent node `nodeId`: phrases
 * it already has (compared normalised) are skipped, and a phrase listed as out of scope on that
 * node is taken out of it, since it now means this intent. Untouched nodes keep their identity.
 * Throws when the node or intent does not exist (the draft changed since the page loaded).
 */
export function addExamples(document: FlowDocument, nodeId: string, intent: string, phrases: readonly string[]): { document: FlowDocument; added: string[] } {
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  if (!node || node.kind !== "intent") throw new Error(`The draft has no intent node "${nodeId}" any more.`);
  const target = node.config.intents.find((candidate) => candidate.name === intent);
  if (!target) throw new Error(`The node "${nodeId}" has no intent "${intent}" any more.`);
  const known = new Set(target.examples.map(normalizeText));
  const added: string[] = [];
  for (const phrase of phrases.map((text) => text.trim()).filter(Boolean)) {
    const key = normalizeText(phrase);
    if (!key || known.has(key)) continue;
    known.add(key);
    added.push(phrase);
  }
  if (added.length === 0) return { document, added };
  const addedKeys = new Set(added.map(normalizeText));
  const changed: FlowNode = {
    ...node,
    config: {
      ...node.config,
      intents: node.config.intents.map((candidate) => (candidate === target ? { ...candidate, examples: [...candidate.examples, ...added] } : candidate)),
      outOfScope: node.config.outOfScope.filter((sentence) => !addedKeys.has(normalizeText(sentence))),
    },
  };
  return { document: { ...document, nodes: document.nodes.map((candidate) => (candidate === node ? changed : candidate)) }, added };
}
