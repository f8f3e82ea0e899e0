import { describe, expect, it } from "vitest";
import type { ChatMessage, DeskHandoff } from "@/lib/api/live";
import { clearChatSession, loadChatSession, saveChatSession, type KeyValueStorage } from "@/lib/desk/chat-session-store";
import { titleWithCount, upsertHandoff, withPositions } from "@/lib/desk/desk-handoffs";
import { fieldErrorsOf } from "@/lib/desk/field-errors";
import { mergeMessages } from "@/lib/desk/merge-messages";

function handoff(id: string, patch: Partial<DeskHandoff> = {}): DeskHandoff {
  return {
    id,
    conversationId: `c-${id}`,
    flowId: "f",
    queue: "support",
    trigger: "user_request",
    nodeId: "menu",
    priority: "normal",
    status: "queued",
    position: null,
    requestedAt: "2026-11-25T10:00:00Z",
    assignedAt: null,
    endedAt: null,
    waitDeadline: null,
    waitingSec: 0,
    agent: null,
    summary: "",
    lastUserMessage: null,
    note: null,
    ...patch,
  };
}

const message = (seq: number, text = `m${seq}`): ChatMessage => ({ seq, from: "user", text, quickReplies: [], at: "2026-11-25T10:00:00Z" });

describe("desk handoff list", () => {
  it("numbers waiting handoffs per queue by priority, then by who asked first", () => {
    const list = withPositions([
      handoff("late", { requestedAt: "2026-11-25T10:05:00Z" }),
      handoff("early", { requestedAt: "2026-11-25T10:01:00Z" }),
      handoff("urgent", { requestedAt: "2026-11-25T10:09:00Z", priority: "urgent" }),
      handoff("billing", { queue: "billing" }),
      handoff("taken", { status: "assigned", position: 3 }),
    ]);
    const place = (id: string) => list.find((item) => item.id === id)?.position;
    expect([place("urgent"), place("early"), place("late"), place("billing"), place("taken")]).toEqual([1, 2, 3, 1, null]);
  });

  it("moves everyone up when the first in line is accepted, and drops ended handoffs", () => {
    let list = withPositions([handoff("a", { requestedAt: "2026-11-25T10:01:00Z" }), handoff("b", { requestedAt: "2026-11-25T10:02:00Z" })]);
    list = upsertHandoff(list, handoff("a", { status: "assigned", requestedAt: "2026-11-25T10:01:00Z" }));
    expect(list.find((item) => item.id === "b")?.position).toBe(1);
    list = upsertHandoff(list, handoff("a", { status: "resolved" }));
    expect(list.map((item) => item.id)).toEqual(["b"]);
    list = upsertHandoff(list, handoff("c", { requestedAt: "2026-11-25T10:03:00Z" }));
    expect(list.map((item) => [item.id, item.position])).toEqual([["b", 1], ["c", 2]]);
  });

  it("puts the waiting count in front of the page title", () => {
    expect(titleWithCount("Desk · Baton", 0)).toBe("Desk · Baton");
    expect(titleWithCount("Desk · Baton", 3)).toBe("(3) Desk · Baton");
    expect(titleWithCount("Desk · Baton", 120)).toBe("(99+) Desk · Baton");
  });
});

describe("merging messages", () => {
  it("keeps each seq once, in order, whichever copy arrives first", () => {
    const merged = mergeMessages([message(1), message(3)], [message(2), message(3), message(4)]);
    expect(merged.map((item) => item.seq)).toEqual([1, 2, 3, 4]);
  });

  it("returns the same list when nothing is new, so nothing re-renders", () => {
    const current = [message(1), message(2)];
    expect(mergeMessages(current, [message(2)])).toBe(current);
    expect(mergeMessages(current, [])).toBe(current);
  });
});

describe("public chat session storage", () => {
  const memory = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
  };

  it("keeps one conversation per flow across reloads until Start over", () => {
    const storage = memory();
    saveChatSession(storage, "flow-a", { conversationId: "c1", token: "t1" });
    expect(loadChatSession(storage, "flow-a")).toEqual({ conversationId: "c1", token: "t1" });
    expect(loadChatSession(storage, "flow-b")).toBeNull();
    clearChatSession(storage, "flow-a");
    expect(loadChatSession(storage, "flow-a")).toBeNull();
  });

  it("treats garbage or blocked storage as no saved conversation", () => {
    const storage = memory();
    storage.data.set("baton.chat.f", "{not json");
    expect(loadChatSession(storage, "f")).toBeNull();
    storage.data.set("baton.chat.f", JSON.stringify({ conversationId: "c" }));
    expect(loadChatSession(storage, "f")).toBeNull();
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
      removeItem: () => undefined,
    };
    expect(loadChatSession(blocked, "f")).toBeNull();
    expect(() => saveChatSession(blocked, "f", { conversationId: "c", token: "t" })).not.toThrow();
  });
});

describe("API field errors", () => {
  it("maps validation details to the fields they name", () => {
    expect(fieldErrorsOf([{ path: "name", message: "Give the queue a name" }, { path: "name", message: "second" }, { path: "hours.mon[0].from", message: "Use HH:MM" }, "junk"])).toEqual({
      name: "Give the queue a name",
      "hours.mon[0].from": "Use HH:MM",
    });
    expect(fieldErrorsOf(null)).toEqual({});
  });
});
