import type { FlowDocument } from "@/lib/flow";
import { clearDraft, writeDraft, type DraftStorage } from "./draft-storage";

/** What the top bar shows. */
export type SaveStatus = "saved" | "saving" | "offline" | "conflict" | "error";

/** The server's version of the flow when a save was refused as stale (409). */
export interface TheirVersion {
  revision: number;
  name: string;
  document: FlowDocument;
}

export interface AutosaveState {
  status: SaveStatus;
  /** Set while a conflict waits for the designer's decision. */
  theirs: TheirVersion | null;
  /** Why the last save failed, for the status tooltip. */
  error: string | null;
}

/** Why a save failed, as the controller needs to know it. */
export type SaveFailure =
  | { kind: "offline" }
  | { kind: "conflict"; theirs: TheirVersion }
  | { kind: "server"; message: string; retry: boolean };

/** What the controller needs from the outside; tests pass fakes. */
export interface AutosaveDeps {
  /** Saves and returns the new revision, or throws; `classify` turns the throw into a SaveFailure. */
  save(input: { revision: number; document: FlowDocument; name: string }): Promise<number>;
  classify(error: unknown): SaveFailure;
  storage: DraftStorage;
  isOnline(): boolean;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
}

/** The open document, as the controller reads and acknowledges it. */
export interface AutosaveTarget {
  flowId: string;
  getDocument(): FlowDocument;
  getRevision(): number;
  setRevision(revision: number): void;
}

export const SAVE_DEBOUNCE_MS = 600;
export const DRAFT_DEBOUNCE_MS = 150;
const MAX_RETRY_MS = 30_000;

/**
 * Saving that never loses work. Every change is written to a local draft within moments and
 * saved to the server after a short pause; one save runs at a time and a change made meanwhile is
 * saved right after. Offline or server trouble keeps the draft and retries with backoff (and at
 * once when the browser comes back online). A stale revision (409) stops saving and waits for the
 * designer to reload theirs or keep mine; nothing is ever overwritten silently.
 */
export class AutosaveController {
  private state: AutosaveState = { status: "saved", theirs: null, error: null };
  private readonly listeners = new Set<() => void>();
  private lastSaved: FlowDocument;
  private saveTimer: unknown = null;
  private draftTimer: unknown = null;
  private inFlight = false;
  private again = false;
  private retryMs = 1_000;

  /** `serverDocument` is what the server holds now (differs from the target's after a draft restore). */
  constructor(
    private readonly target: AutosaveTarget,
    private readonly deps: AutosaveDeps,
    serverDocument: FlowDocument = target.getDocument(),
  ) {
    this.lastSaved = serverDocument;
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The document changed: keep a draft now-ish, save after a pause. */
  documentChanged(): void {
    if (this.target.getDocument() === this.lastSaved) return;
    this.scheduleDraft();
    if (this.state.theirs) return; // a conflict waits for the designer; the draft keeps the work
    if (this.state.status === "saved") this.update({ status: "saving", error: null });
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** Saves without waiting for the pause (e.g. the browser came back online). */
  async saveNow(): Promise<void> {
    this.cancel("save");
    if (this.state.theirs) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const document = this.target.getDocument();
    if (document === this.lastSaved) {
      this.update({ status: "saved", error: null });
      return;
    }
    this.inFlight = true;
    this.update({ status: "saving" });
    try {
      const revision = await this.deps.save({ revision: this.target.getRevision(), document, name: document.name });
      this.lastSaved = document;
      this.target.setRevision(revision);
      this.retryMs = 1_000;
      if (this.target.getDocument() === document) {
        this.cancel("draft");
        clearDraft(this.deps.storage, this.target.flowId);
        this.update({ status: "saved", error: null });
      } else {
        this.again = true;
      }
    } catch (error) {
      this.failed(this.deps.isOnline() ? this.deps.classify(error) : { kind: "offline" });
    } finally {
      this.inFlight = false;
    }
    if (this.again) {
      this.again = false;
      if (!this.state.theirs && this.state.status !== "offline" && this.state.status !== "error") void this.saveNow();
    }
  }

  /** The browser reports it is online again. */
  online(): void {
    if (this.state.status === "offline" || this.state.status === "error") void this.saveNow();
  }

  /** Conflict resolved by keeping my version: it is saved on top of their revision. */
  keepMine(): void {
    const theirs = this.state.theirs;
    if (!theirs) return;
    this.target.setRevision(theirs.revision);
    this.update({ status: "saving", theirs: null });
    this.lastSaved = theirs.document;
    void this.saveNow();
  }

  /** Conflict resolved by taking theirs; the caller has loaded `theirs` into the store. */
  tookTheirs(): void {
    this.lastSaved = this.target.getDocument();
    this.cancel("draft");
    clearDraft(this.deps.storage, this.target.flowId);
    this.update({ status: "saved", theirs: null, error: null });
  }

  /** Writes the pending draft at once (page hide / unload). */
  flushDraft(): void {
    if (this.draftTimer !== null) this.writeDraftNow();
  }

  /** The editor closes: the draft is written now and no save is scheduled (a running one finishes). */
  stop(): void {
    this.flushDraft();
    this.cancel("save");
  }

  private failed(failure: SaveFailure): void {
    this.scheduleDraft();
    if (failure.kind === "conflict") {
      this.update({ status: "conflict", theirs: failure.theirs, error: null });
      return;
    }
    if (failure.kind === "offline") this.update({ status: "offline", error: null });
    else this.update({ status: "error", error: failure.message });
    if (failure.kind === "offline" || failure.retry) {
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }

  private writeDraftNow(): void {
    this.cancel("draft");
    const document = this.target.getDocument();
    writeDraft(this.deps.storage, this.target.flowId, { baseRevision: this.target.getRevision(), document, savedAt: this.deps.now() });
  }

  private scheduleDraft(): void {
    if (this.draftTimer !== null) return;
    this.draftTimer = this.deps.setTimer(() => {
      this.draftTimer = null;
      this.writeDraftNow();
    }, DRAFT_DEBOUNCE_MS);
  }

  private schedule(ms: number): void {
    this.cancel("save");
    this.saveTimer = this.deps.setTimer(() => {
      this.saveTimer = null;
      void this.saveNow();
    }, ms);
  }

  private cancel(which: "save" | "draft"): void {
    const handle = which === "save" ? this.saveTimer : this.draftTimer;
    if (handle !== null) this.deps.clearTimer(handle);
    if (which === "save") this.saveTimer = null;
    else this.draftTimer = null;
  }

  private update(patch: Partial<AutosaveState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
