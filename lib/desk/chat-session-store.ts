import { z } from "zod";

/** What the public chat keeps across reloads: which conversation, and its secret token. */
export interface StoredChatSession {
  conversationId: string;
  token: string;
}

/** The part of `localStorage` used here (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const stored = z.object({ conversationId: z.string().min(1), token: z.string().min(1) });
const keyOf = (flowId: string) => `baton.chat.${flowId}`;

/** The saved conversation of `flowId`, or null (none, unreadable, or storage blocked). */
export function loadChatSession(storage: KeyValueStorage | null, flowId: string): StoredChatSession | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(keyOf(flowId));
    if (!raw) return null;
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers the conversation; a full or blocked storage just means no resume after reload. */
export function saveChatSession(storage: KeyValueStorage | null, flowId: string, session: StoredChatSession): void {
  try {
    storage?.setItem(keyOf(flowId), JSON.stringify(session));
  } catch {
    // private mode / quota: the chat still works, it just won't survive a reload
  }
}

/** Forgets the conversation ("Start over", or the server no longer knows it). */
export function clearChatSession(storage: KeyValueStorage | null, flowId: string): void {
  try {
    storage?.removeItem(keyOf(flowId));
  } catch {
    // nothing to forget
  }
}

/** `window.localStorage` when the browser allows it. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
