import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { diffDocuments, formatFieldChange, isEmptyDiff } from "@/lib/versions/diff";
import { documentArbitrary } from "../flow/arbitraries";
import { acmeDocument, withMessageText } from "./fixtures";

const docs = documentArbitrary(8).map((input) => flowDocumentSchema.parse(input));

/** What a diff compares: everything but layout, node order and edge ids. */
function substance(document: FlowDocument): string {
  return canonicalJson({
    name: document.name,
    settings: document.settings,
    variables: Object.fromEntries(document.variables.map(({ name, ...rest }) => [name, rest])),
    nodes: Object.fromEntries(document.nodes.map(({ position: _position, ...node }) => [node.id, node])),
    edges: [...new Set(document.edges.map((edge) => `${edge.source}|${edge.sourcePort}|${edge.target}`))].sort(),
  });
}

describe("diffDocuments", () => {
  it("shows a changed message as the field with its old and new text", () => {
    const a = withMessageText(acmeDocument(), "greet", "Hi");
    const b = withMessageText(a, "greet", "Hello");
    const diff = diffDocuments(a, b);
    expect(diff.changedNodes.map((node) => node.id)).toEqual(["greet"]);
    expect(diff.changedNodes[0]?.fields.map((field) => formatFieldChange(field))).toEqual(['config.text: "Hi" → "Hello"']);
    expect([diff.addedNodes, diff.removedNodes, diff.addedEdges, diff.removedEdges, diff.flowFields]).toEqual([[], [], [], [], []]);
  });

  it("lists added and removed nodes and edges, and a re-targeted edge as one removed plus one added", () => {
    const a = acmeDocument();
    const greet = a.edges.find((edge) => edge.source === "start");
    if (!greet) throw new Error("the demo flow starts with an edge");
    const b: FlowDocument = {
      ...a,
      nodes: [...a.nodes.filter((node) => node.id !== "hours_msg"), { id: "promo", kind: "message", position: { x: 0, y: 900 }, config: { text: "Sale!", quickReplies: [] } }],
      edges: a.edges.filter((edge) => edge.source !== "hours_msg" && edge.target !== "hours_msg").map((edge) => (edge === greet ? { ...edge, id: "new-id", target: "promo" } : edge)),
    };
    const diff = diffDocuments(a, flowDocumentSchema.parse(b));
    expect(diff.addedNodes.map((node) => node.id)).toEqual(["promo"]);
    expect(diff.removedNodes.map((node) => node.id)).toEqual(["hours_msg"]);
    expect(diff.addedEdges).toEqual([expect.objectContaining({ source: "start", target: "promo" })]);
    expect(diff.removedEdges).toEqual(expect.arrayContaining([expect.objectContaining({ source: "start", target: greet.target })]));
    expect(diff.removedEdges.filter((edge) => edge.source === "hours_msg" || edge.target === "hours_msg").length).toBeGreaterThan(0);
  });

  it("does not count moving a node as a change, but reports it as moved", () => {
    const a = acmeDocument();
    const b = { ...a, nodes: a.nodes.map((node) => (node.id === "greet" ? { ...node, position: { x: node.position.x + 40, y: node.position.y } } : node)) };
    const diff = diffDocuments(a, b);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.movedNodeIds).toEqual(["greet"]);
  });

  it("reports flow settings and variables by name", () => {
    const a = acmeDocument();
    const b = { ...a, name: "Acme 2", settings: { ...a.settings, noMatchLimit: a.settings.noMatchLimit + 1 }, variables: [...a.variables, { name: "vip", description: "" }] };
    const paths = diffDocuments(a, b).flowFields.map((field) => field.path);
    expect(paths).toEqual(["name", "settings.noMatchLimit", "variables.vip"]);
  });

  it("is empty between a document and itself (or a deep copy of it)", () => {
    fc.assert(
      fc.property(docs, (a) => {
        expect(isEmptyDiff(diffDocuments(a, a))).toBe(true);
        const copy = structuredClone(a);
        const diff = diffDocuments(a, copy);
        expect(isEmptyDiff(diff)).toBe(true);
        expect(diff.movedNodeIds).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("lists exactly the nodes only in a as removed and only in b as added; changed nodes really differ", () => {
    fc.assert(
      fc.property(docs, docs, (a, b) => {
        const diff = diffDocuments(a, b);
        const idsA = new Set(a.nodes.map((node) => node.id));
        const idsB = new Set(b.nodes.map((node) => node.id));
        expect(diff.removedNodes.map((node) => node.id)).toEqual(a.nodes.map((node) => node.id).filter((id) => !idsB.has(id)));
        expect(diff.addedNodes.map((node) => node.id)).toEqual(b.nodes.map((node) => node.id).filter((id) => !idsA.has(id)));
        for (const changed of diff.changedNodes) {
          expect(idsA.has(changed.id) && idsB.has(changed.id)).toBe(true);
          expect(changed.fields.length).toBeGreaterThan(0);
        }
        const connections = (doc: FlowDocument) => new Set(doc.edges.map((edge) => `${edge.source}|${edge.sourcePort}|${edge.target}`));
        const [inA, inB] = [connections(a), connections(b)];
        for (const edge of diff.removedEdges) expect(inB.has(`${edge.source}|${edge.sourcePort}|${edge.target}`)).toBe(false);
        expect(diff.addedEdges.length).toBe([...inB].filter((key) => !inA.has(key)).length);
      }),
      { numRuns: 150 },
    );
  });

  it("is empty exactly when the documents agree on everything but layout and edge ids", () => {
    fc.assert(
      fc.property(docs, fc.boolean(), docs, (a, same, other) => {
        const b = same ? { ...structuredClone(a), nodes: structuredClone(a.nodes).reverse().map((node) => ({ ...node, position: { x: 1, y: 2 } })) } : other;
        expect(isEmptyDiff(diffDocuments(a, b))).toBe(substance(a) === substance(b));
      }),
      { numRuns: 150 },
    );
  });
});
