import { create } from "zustand";

const STORAGE_KEY = "baton.preview.layout";
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 900;
const DEFAULT_WIDTH = 420;

/** Whether the editor's preview panel is open and how wide it is; remembered in localStorage. */
export interface PreviewLayoutState {
  open: boolean;
  width: number;
  setOpen(open: boolean): void;
  toggle(): void;
  setWidth(width: number): void;
  /** Reads the remembered layout (call once in the browser). */
  hydrate(): void;
}

const clampWidth = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

function persist(state: { open: boolean; width: number }): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ open: state.open, width: state.width }));
  } catch {
    // private mode or a full quota: the layout is simply not remembered
  }
}

/** The preview panel's layout store. */
export const usePreviewLayout = create<PreviewLayoutState>()((set, get) => ({
  open: false,
  width: DEFAULT_WIDTH,
  setOpen(open) {
    set({ open });
    persist(get());
  },
  toggle() {
    get().setOpen(!get().open);
  },
  setWidth(width) {
    set({ width: clampWidth(width) });
    persist(get());
  },
  hydrate() {
    try {
      const raw: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null");
      if (typeof raw !== "object" || raw === null) return;
      const open = "open" in raw && typeof raw.open === "boolean" ? raw.open : get().open;
      const width = "width" in raw && typeof raw.width === "number" ? clampWidth(raw.width) : get().width;
      set({ open, width });
    } catch {
      // unreadable: keep the defaults
    }
  },
}));
