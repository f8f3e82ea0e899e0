import { describe, expect, it } from "vitest";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { createDocumentStore, HISTORY_LIMIT } from "@/lib/editor/document-store";

function fixture(): FlowDocument {
  return flowDocumentSchema.parse({
    schemaVersion: 1,
    name: "Support",
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
      { id: "hello", kind: "message", position: { x: 200, y: 0 }, config: { text: "Hello" } },
      { id: "human", kind: "handoff", position: { x: 400, y: 0 }, config: { queue: "support" } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "hello" },
      { id: "e2", source: "hello", sourcePort: "next", target: "human" },
    ],
    settings: { liveAgent: { handoffNodeId: "human" } },
  });
}

function setup() {
  let clock = 0;
  const store = createDocumentStore({ now: () => clock });
  store.getState().load("flow-1", 3, fixture());
  return { store, tick: (ms: number) => (clock += ms) };
}

const textOf = (doc: FlowDocument, id: string) => {
  const node = doc.nodes.find((n) => n.id === id);
  return node?.kind === "message" ? node.config.text : undefined;
};

describe("document store", () => {
  it("undoes and redoes an edit", () => {
    const { store } = setup();
    store.getState().updateNodeConfig("hello", { text: "Hi!", quickReplies: [] });
    expect(textOf(store.getState().document, "hello")).toBe("Hi!");
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(textOf(store.getState().document, "hello")).toBe("Hello");
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(textOf(store.getState().document, "hello")).toBe("Hi!");
  });

  it("merges typing with the same merge key into one undo step", () => {
    const { store, tick } = setup();
    for (const text of ["H", "He", "Hey"]) {
      store.getState().updateNodeConfig("hello", { text, quickReplies: [] }, "hello.text");
      tick(300);
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(textOf(store.getState().document, "hello")).toBe("Hello");
  });

  it("starts a new undo step after a pause or with another key", () => {
    const { store, tick } = setup();
    store.getState().updateNodeConfig("hello", { text: "A", quickReplies: [] }, "hello.text");
    tick(2_000);
    store.getState().updateNodeConfig("hello", { text: "AB", quickReplies: [] }, "hello.text");
    store.getState().renameFlow("Renamed");
    expect(store.getState().past).toHaveLength(3);
  });

  it("keeps the identity of nodes an edit did not touch", () => {
    const { store } = setup();
    const before = store.getState().document;
    store.getState().updateNodeConfig("hello", { text: "Changed", quickReplies: [] });
    const after = store.getState().document;
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.nodes[2]).toBe(before.nodes[2]);
    expect(after.nodes[1]).not.toBe(before.nodes[1]);
    expect(after.edges).toBe(before.edges);
  });

  it("commits a multi-node move as one undo step", () => {
    const { store } = setup();
    store.getState().moveNodes(new Map([["hello", { x: 16, y: 32 }], ["human", { x: 48, y: 64 }]]));
    expect(store.getState().document.nodes[1]?.position).toEqual({ x: 16, y: 32 });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document.nodes[2]?.position).toEqual({ x: 400, y: 0 });
  });

  it("ignores changes that change nothing (no empty undo steps)", () => {
    const { store } = setup();
    store.getState().moveNodes(new Map([["hello", { x: 200, y: 0 }]]));
    store.getState().connect("start", "next", "hello");
    expect(store.getState().canUndo).toBe(false);
  });

  it("replaces the edge of a port when it is connected again", () => {
    const { store } = setup();
    store.getState().connect("start", "next", "human");
    const fromStart = store.getState().document.edges.filter((e) => e.source === "start");
    expect(fromStart).toEqual([expect.objectContaining({ sourcePort: "next", target: "human" })]);
  });

  it("refuses edges from unknown ports and into the start node", () => {
    const { store } = setup();
    store.getState().connect("hello", "nope", "human");
    store.getState().connect("hello", "next", "start");
    expect(store.getState().canUndo).toBe(false);
  });

  it("removes a node with its edges and forgets settings that pointed at it", () => {
    const { store } = setup();
    store.getState().removeElements(["human"], []);
    const doc = store.getState().document;
    expect(doc.nodes.map((n) => n.id)).toEqual(["start", "hello"]);
    expect(doc.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(doc.settings.liveAgent.handoffNodeId).toBeUndefined();
  });

  it("adds nodes with their kind's defaults but never a second start", () => {
    const { store } = setup();
    const id = store.getState().addNode("ticket", { x: 10, y: 10 });
    const added = store.getState().document.nodes.find((n) => n.id === id);
    expect(added?.kind).toBe("ticket");
    expect(store.getState().addNode("start", { x: 0, y: 0 })).toBe("start");
    expect(store.getState().document.nodes.filter((n) => n.kind === "start")).toHaveLength(1);
  });

  it("forgets redo after a new change and caps the history", () => {
    const { store } = setup();
    store.getState().renameFlow("A");
    store.getState().undo();
    store.getState().updateNodeNote("hello", "note");
    expect(store.getState().canRedo).toBe(false);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().moveNodes(new Map([["hello", { x: i, y: 1 }]]));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it("moves only the revision when a save is acknowledged", () => {
    const { store } = setup();
    store.getState().renameFlow("Saved name");
    store.getState().setRevision(4);
    expect(store.getState().revision).toBe(4);
    expect(store.getState().canUndo).toBe(true);
  });
});
