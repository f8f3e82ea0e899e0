import { create } from "zustand";
import { createStore, type StateCreator } from "zustand/vanilla";
import type { FlowDocument, FlowEdge, FlowNode, FlowSettings, NodeKind, VariableDef } from "@/lib/flow";
import { createNode, newNodeId } from "./create-node";
import * as ops from "./document-ops";
import { emptyDocument } from "./empty-document";

/** How many undo steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;
/** Consecutive edits with the same merge key within this window are one undo step (typing). */
export const MERGE_WINDOW_MS = 1_000;

/**
 * The saved, undoable state of the open flow. Every change goes through an action here, becomes a
 * new `document` (untouched nodes keep their identity) and one undo step, unless it carries the
 * same `mergeKey` as the previous change less than a second ago.
 */
export interface DocumentState {
  document: FlowDocument;
  flowId: string;
  /** The server revision the document was loaded from or last saved as. */
  revision: number;
  past: FlowDocument[];
  future: FlowDocument[];
  canUndo: boolean;
  canRedo: boolean;
  /** What the last change was ("Move 3 nodes", "Paste"…); for status text and tests. */
  lastChange: string;
  load(flowId: string, revision: number, document: FlowDocument): void;
  /** The server accepted a save: only the revision moves, history stays. */
  setRevision(revision: number): void;
  updateNodeConfig(nodeId: string, config: FlowNode["config"], mergeKey?: string): void;
  updateNodeNote(nodeId: string, note: string): void;
  updateSettings(settings: FlowSettings, mergeKey?: string): void;
  updateVariables(variables: VariableDef[], mergeKey?: string): void;
  renameFlow(name: string): void;
  /** Adds a node with its kind's defaults and returns its id (a flow has one Start: returns it). */
  addNode(kind: NodeKind, position: { x: number; y: number }): string;
  addElements(nodes: readonly FlowNode[], edges: readonly FlowEdge[], label: string): void;
  moveNodes(positions: ReadonlyMap<string, { x: number; y: number }>): void;
  removeElements(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  connect(source: string, sourcePort: string, target: string): void;
  applyDocument(doc: FlowDocument, label: string): void;
  undo(): void;
  redo(): void;
}

/** What the store needs from the outside world; tests pass a fake clock. */
export interface DocumentStoreDeps {
  now(): number;
}

const defaultDeps: DocumentStoreDeps = { now: () => Date.now() };

/** The store's logic, shared by the app's hook and by tests' standalone stores. */
export function documentStateCreator(deps: DocumentStoreDeps = defaultDeps): StateCreator<DocumentState> {
  return (set, get) => {
    let lastMerge: { key: string; at: number } | null = null;

    /** Records `next` as the current document: one undo step, or merged into the previous one. */
    const commit = (next: FlowDocument, label: string, mergeKey?: string) => {
      const state = get();
      if (next === state.document) return;
      const at = deps.now();
      const merge = mergeKey !== undefined && lastMerge?.key === mergeKey && at - lastMerge.at < MERGE_WINDOW_MS;
      lastMerge = mergeKey === undefined ? null : { key: mergeKey, at };
      const past = merge ? state.past : [...state.past, state.document].slice(-HISTORY_LIMIT);
      set({ document: next, past, future: [], canUndo: past.length > 0, canRedo: false, lastChange: label });
    };

    return {
      document: emptyDocument(),
      flowId: "",
      revision: 0,
      past: [],
      future: [],
      canUndo: false,
      canRedo: false,
      lastChange: "",
      load(flowId, revision, document) {
        lastMerge = null;
        set({ flowId, revision, document, past: [], future: [], canUndo: false, canRedo: false, lastChange: "Load" });
      },
      setRevision(revision) {
        set({ revision });
      },
      updateNodeConfig(nodeId, config, mergeKey) {
        const doc = ops.updateNode(get().document, nodeId, (node) => ops.withConfig(node, config));
        commit(doc, "Edit node", mergeKey);
      },
      updateNodeNote(nodeId, note) {
        const doc = ops.updateNode(get().document, nodeId, (node) => (node.note === note ? node : { ...node, note }));
        commit(doc, "Edit note", `note:${nodeId}`);
      },
      updateSettings(settings, mergeKey) {
        commit({ ...get().document, settings }, "Edit flow settings", mergeKey);
      },
      updateVariables(variables, mergeKey) {
        commit({ ...get().document, variables }, "Edit variables", mergeKey);
      },
      renameFlow(name) {
        const doc = get().document;
        if (doc.name !== name) commit({ ...doc, name }, "Rename flow", "rename");
      },
      addNode(kind, position) {
        const doc = get().document;
        const start = kind === "start" ? doc.nodes.find((node) => node.kind === "start") : undefined;
        if (start) return start.id;
        const id = newNodeId(kind, new Set(doc.nodes.map((node) => node.id)));
        commit(ops.addElements(doc, [createNode(kind, id, position)], []), `Add ${kind}`);
        return id;
      },
      addElements(nodes, edges, label) {
        commit(ops.addElements(get().document, nodes, edges), label);
      },
      moveNodes(positions) {
        commit(ops.moveNodes(get().document, positions), positions.size === 1 ? "Move node" : `Move ${positions.size} nodes`);
      },
      removeElements(nodeIds, edgeIds) {
        commit(ops.removeElements(get().document, nodeIds, edgeIds), "Delete");
      },
      connect(source, sourcePort, target) {
        commit(ops.connect(get().document, source, sourcePort, target), "Connect");
      },
      applyDocument(doc, label) {
        commit(doc, label);
      },
      undo() {
        const { past, future, document } = get();
        const previous = past.at(-1);
        if (!previous) return;
        lastMerge = null;
        const rest = past.slice(0, -1);
        set({ document: previous, past: rest, future: [document, ...future], canUndo: rest.length > 0, canRedo: true, lastChange: "Undo" });
      },
      redo() {
        const { past, future, document } = get();
        const next = future[0];
        if (!next) return;
        lastMerge = null;
        const rest = future.slice(1);
        set({ document: next, past: [...past, document], future: rest, canUndo: true, canRedo: rest.length > 0, lastChange: "Redo" });
      },
    };
  };
}

/** A standalone document store (tests, benchmarks). */
export function createDocumentStore(deps?: DocumentStoreDeps) {
  return createStore<DocumentState>()(documentStateCreator(deps));
}

/** The editor's document store: `useDocumentStore((s) => s.document)`, `useDocumentStore.getState().undo()`. */
export const useDocumentStore = create<DocumentState>()(documentStateCreator());
