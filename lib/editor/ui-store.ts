import { create } from "zustand";

export type SidebarTab = "inspector" | "settings" | "problems";

/** What the preview highlights on the canvas: the node it is on and the path that led there. */
export interface CanvasHighlight {
  activeNodeId?: string;
  pathNodeIds: string[];
  pathEdgeIds: string[];
}

/**
 * Editor state that is never saved and never undone: selection, the sidebar tab, requests to
 * centre a node, and the preview's highlight.
 */
export interface UiState {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  select(nodeIds: string[], edgeIds?: string[]): void;
  sidebarTab: SidebarTab;
  setSidebarTab(tab: SidebarTab): void;
  /** The canvas centres `nodeId` whenever `seq` changes. */
  focusRequest: { nodeId: string; seq: number } | null;
  /** Selects the node, opens the inspector and asks the canvas to centre it. */
  focusNode(nodeId: string): void;
  highlight: CanvasHighlight;
  setHighlight(highlight: CanvasHighlight): void;
  /** The node search dialog (Ctrl/Cmd+K). */
  searchOpen: boolean;
  setSearchOpen(open: boolean): void;
}

const noHighlight: CanvasHighlight = { pathNodeIds: [], pathEdgeIds: [] };

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The editor's UI store. */
export const useUiStore = create<UiState>()((set, get) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],
  select(nodeIds, edgeIds = []) {
    const state = get();
    // keep the arrays' identity when nothing changed so subscribers do not re-render
    if (sameIds(state.selectedNodeIds, nodeIds) && sameIds(state.selectedEdgeIds, edgeIds)) return;
    set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
  },
  sidebarTab: "inspector",
  setSidebarTab(sidebarTab) {
    set({ sidebarTab });
  },
  focusRequest: null,
  focusNode(nodeId) {
    const seq = (get().focusRequest?.seq ?? 0) + 1;
    set({ selectedNodeIds: [nodeId], selectedEdgeIds: [], sidebarTab: "inspector", focusRequest: { nodeId, seq } });
  },
  highlight: noHighlight,
  setHighlight(highlight) {
    set({ highlight });
  },
  searchOpen: false,
  setSearchOpen(searchOpen) {
    set({ searchOpen });
  },
}));
