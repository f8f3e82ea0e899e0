import { create } from "zustand";

/** What the editor shows instead of the draft: one version read-only, or a comparison. */
export type VersionView =
  | { kind: "version"; version: number }
  | { kind: "diff"; from: number; to: number | "draft" };

/**
 * UI state of publishing and versions (never saved, never undone): whether the Versions panel is
 * open, which version or comparison is on screen, and requests to centre a node of it.
 */
export interface VersionsViewState {
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  view: VersionView | null;
  show(view: VersionView | null): void;
  /** The version canvas centres `nodeId` whenever `seq` changes. */
  focusRequest: { nodeId: string; seq: number } | null;
  focus(nodeId: string): void;
}

export const useVersionsView = create<VersionsViewState>()((set, get) => ({
  panelOpen: false,
  setPanelOpen(panelOpen) {
    set(panelOpen ? { panelOpen } : { panelOpen, view: null });
  },
  view: null,
  show(view) {
    set(view ? { view, panelOpen: true } : { view });
  },
  focusRequest: null,
  focus(nodeId) {
    set({ focusRequest: { nodeId, seq: (get().focusRequest?.seq ?? 0) + 1 } });
  },
}));

/** "v3", "draft": how a side of a comparison is named in the UI. */
export function sideLabel(side: number | "draft"): string {
  return side === "draft" ? "draft" : `v${side}`;
}
