import { describe, expect, it } from "vitest";
import { createDocumentStore } from "@/lib/editor/document-store";
import { onlyPositionsDiffer } from "@/lib/editor/only-positions-differ";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";

function store() {
  const documents = createDocumentStore();
  documents.getState().load("f", 1, generateLargeFlow(40, 3));
  return documents;
}

// The problems list and the preview reuse their work for a document that only moved nodes.
describe("onlyPositionsDiffer", () => {
  it("holds after moving nodes, and after undoing back", () => {
    const documents = store();
    const before = documents.getState().document;
    const id = before.nodes[5]?.id ?? "";
    documents.getState().moveNodes(new Map([[id, { x: 9_000, y: -40 }]]));
    expect(onlyPositionsDiffer(before, documents.getState().document)).toBe(true);
    documents.getState().undo();
    expect(onlyPositionsDiffer(before, documents.getState().document)).toBe(true);
  });

  it("does not hold after an edit that changes what the flow does", () => {
    const edits: ((documents: ReturnType<typeof store>) => void)[] = [
      (documents) => {
        const node = documents.getState().document.nodes.find((item) => item.kind === "message");
        if (node?.kind !== "message") throw new Error("no message node");
        documents.getState().updateNodeConfig(node.id, { ...node.config, text: "Something else" });
      },
      (documents) => documents.getState().renameFlow("Renamed"),
      (documents) => void documents.getState().addNode("end", { x: 0, y: 0 }),
      (documents) => documents.getState().removeElements([], [documents.getState().document.edges[0]?.id ?? ""]),
      (documents) => documents.getState().updateNodeNote(documents.getState().document.nodes[2]?.id ?? "", "a note"),
    ];
    for (const edit of edits) {
      const documents = store();
      const before = documents.getState().document;
      edit(documents);
      expect(documents.getState().document).not.toBe(before);
      expect(onlyPositionsDiffer(before, documents.getState().document)).toBe(false);
    }
  });
});
