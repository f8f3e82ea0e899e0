import { describe, expect, it } from "vitest";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { AutosaveController, SAVE_DEBOUNCE_MS, type SaveFailure, type TheirVersion } from "@/lib/editor/autosave";
import { createDocumentStore } from "@/lib/editor/document-store";
import { draftKey, readDraft } from "@/lib/editor/draft-storage";
import { reconcileDraft } from "@/lib/editor/reconcile-draft";

/** A fake clock + timer queue, so tests advance time instead of sleeping. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      seq += 1;
      timers.set(seq, { at: now + ms, run });
      return seq;
    },
    clearTimer: (handle: unknown) => {
      if (typeof handle === "number") timers.delete(handle);
    },
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > until) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].run();
        await flush();
      }
      now = until;
      await flush();
    },
  };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

class Server {
  revision = 1;
  document: FlowDocument;
  online = true;
  saves = 0;
  constructor(document: FlowDocument) {
    this.document = document;
  }
  async save(input: { revision: number; document: FlowDocument }): Promise<number> {
    if (!this.online) throw new Error("network");
    if (input.revision !== this.revision) throw new Error("conflict");
    this.saves += 1;
    this.revision += 1;
    this.document = input.document;
    return this.revision;
  }
  classify = (error: unknown): SaveFailure => {
    if (error instanceof Error && error.message === "conflict") {
      const theirs: TheirVersion = { revision: this.revision, name: this.document.name, document: this.document };
      return { kind: "conflict", theirs };
    }
    return { kind: "offline" };
  };
}

function setup() {
  const initial = flowDocumentSchema.parse({
    schemaVersion: 1,
    name: "Flow",
    nodes: [{ id: "hi", kind: "message", position: { x: 0, y: 0 }, config: { text: "Hi" } }],
  });
  const server = new Server(initial);
  const store = createDocumentStore();
  store.getState().load("f1", 1, initial);
  const storage = new Map<string, string>();
  const timers = fakeTimers();
  const controller = new AutosaveController(
    {
      flowId: "f1",
      getDocument: () => store.getState().document,
      getRevision: () => store.getState().revision,
      setRevision: (revision) => store.getState().setRevision(revision),
    },
    {
      save: (input) => server.save(input),
      classify: server.classify,
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
      isOnline: () => server.online,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      now: timers.now,
    },
  );
  store.subscribe((state, previous) => {
    if (state.document !== previous.document) controller.documentChanged();
  });
  const edit = (text: string) => store.getState().updateNodeConfig("hi", { text, quickReplies: [] }, "typing");
  const storageApi = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) };
  return { server, store, storage, storageApi, timers, controller, edit };
}

const text = (doc: FlowDocument) => (doc.nodes[0]?.kind === "message" ? doc.nodes[0].config.text : null);

describe("autosave", () => {
  it("saves a burst of typing once, after a pause, and clears the local draft", async () => {
    const { server, timers, controller, edit, storage } = setup();
    edit("H");
    edit("He");
    edit("Hey");
    expect(controller.getState().status).toBe("saving");
    await timers.advance(200);
    expect(storage.has(draftKey("f1"))).toBe(true); // the draft exists long before the save
    expect(server.saves).toBe(0);
    await timers.advance(SAVE_DEBOUNCE_MS);
    expect(server.saves).toBe(1);
    expect(text(server.document)).toBe("Hey");
    expect(controller.getState().status).toBe("saved");
    expect(storage.has(draftKey("f1"))).toBe(false);
  });

  it("keeps edits made offline locally and delivers them when back online", async () => {
    const { server, timers, controller, edit, storageApi, store } = setup();
    server.online = false;
    edit("offline edit");
    await timers.advance(1_000);
    expect(controller.getState().status).toBe("offline");
    expect(text(readDraft(storageApi, "f1")?.document ?? store.getState().document)).toBe("offline edit");
    server.online = true;
    controller.online();
    await timers.advance(0);
    expect(text(server.document)).toBe("offline edit");
    expect(controller.getState().status).toBe("saved");
  });

  it("retries on its own with backoff while offline", async () => {
    const { server, timers, controller, edit } = setup();
    server.online = false;
    edit("x");
    await timers.advance(1_000);
    server.online = true;
    await timers.advance(30_000);
    expect(controller.getState().status).toBe("saved");
    expect(text(server.document)).toBe("x");
  });

  it("stops on a conflict and saves mine on top of theirs only when asked", async () => {
    const { server, timers, controller, edit, store } = setup();
    // another tab saved first
    server.revision = 2;
    server.document = { ...server.document, name: "Theirs" };
    edit("mine");
    await timers.advance(1_000);
    expect(controller.getState().status).toBe("conflict");
    expect(controller.getState().theirs?.revision).toBe(2);
    edit("mine, still typing");
    await timers.advance(5_000);
    expect(server.document.name).toBe("Theirs"); // never silently overwritten
    controller.keepMine();
    await timers.advance(0);
    expect(text(server.document)).toBe("mine, still typing");
    expect(store.getState().revision).toBe(3);
    expect(controller.getState().status).toBe("saved");
  });

  it("takes theirs when the designer reloads", async () => {
    const { server, timers, controller, edit, store, storage } = setup();
    server.revision = 2;
    edit("mine");
    await timers.advance(1_000);
    const theirs = controller.getState().theirs;
    expect(theirs).not.toBeNull();
    if (!theirs) return;
    store.getState().load("f1", theirs.revision, theirs.document);
    controller.tookTheirs();
    await timers.advance(5_000);
    expect(controller.getState().status).toBe("saved");
    expect(server.saves).toBe(0);
    expect(storage.has(draftKey("f1"))).toBe(false);
  });

  it("saves a change made during a save right after it", async () => {
    const { server, timers, edit } = setup();
    edit("first");
    await timers.advance(SAVE_DEBOUNCE_MS - 1);
    edit("second");
    await timers.advance(SAVE_DEBOUNCE_MS * 3);
    expect(text(server.document)).toBe("second");
  });
});

describe("draft on load", () => {
  const doc = (name: string) => flowDocumentSchema.parse({ schemaVersion: 1, name, nodes: [] });
  it("restores a draft made on the current revision", () => {
    expect(reconcileDraft({ revision: 4, document: doc("A") }, { baseRevision: 4, document: doc("B"), savedAt: 1 }).action).toBe("restore");
  });
  it("asks when the server moved on since the draft", () => {
    expect(reconcileDraft({ revision: 5, document: doc("A") }, { baseRevision: 4, document: doc("B"), savedAt: 1 }).action).toBe("conflict");
  });
  it("ignores a draft equal to the server's document", () => {
    expect(reconcileDraft({ revision: 5, document: doc("A") }, { baseRevision: 4, document: doc("A"), savedAt: 1 }).action).toBe("none");
  });
});
