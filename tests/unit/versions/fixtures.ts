import fs from "node:fs";
import path from "node:path";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { conversationTestCaseSchema, type ConversationTestCase } from "@/lib/flow/test-case";

const root = path.resolve(import.meta.dirname, "../../..");

/** The demo flow (Acme support): valid, no errors — publishable as is. */
export function acmeDocument(): FlowDocument {
  return flowDocumentSchema.parse(JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/flows/acme-support.json"), "utf8")));
}

/** The demo flow's conversation test cases (the runtime's test-case format). */
export function acmeTestCases(): ConversationTestCase[] {
  const dir = path.join(root, "tests/fixtures/cases/acme-support");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => conversationTestCaseSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))));
}

/** The demo flow with the `unavailable` path of handoff `nodeId` cut: an error that blocks publishing. */
export function withoutUnavailablePath(document: FlowDocument, nodeId: string): FlowDocument {
  return { ...document, edges: document.edges.filter((edge) => !(edge.source === nodeId && edge.sourcePort === "unavailable")) };
}

/** A copy of the document with one message node's text replaced. */
export function withMessageText(document: FlowDocument, nodeId: string, text: string): FlowDocument {
  return {
    ...document,
    nodes: document.nodes.map((node) => (node.id === nodeId && node.kind === "message" ? { ...node, config: { ...node.config, text } } : node)),
  };
}
