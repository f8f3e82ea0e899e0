/** One event as it goes out on an SSE stream: its `id:` and its JSON `data:`. */
export interface HubEvent {
  id: number;
  data: string;
  /** Desk events: who may see it (see lib/live/desk-visibility.ts). */
  queue?: string | null;
  agentId?: string | null;
}

export type HubListener = (event: HubEvent) => void;

/**
 * In-process pub/sub for the SSE streams, keyed by channel (`conv:<id>`, `desk`). Events are
 * published after their transaction commits, so a subscriber never sees something a replay from
 * the database would not also return.
 */
export function createSseHub() {
  const channels = new Map<string, Set<HubListener>>();
  return {
    subscribe(channel: string, listener: HubListener): () => void {
      const set = channels.get(channel) ?? new Set<HubListener>();
      set.add(listener);
      channels.set(channel, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && channels.get(channel) === set) channels.delete(channel);
      };
    },
    publish(channel: string, event: HubEvent): void {
      const set = channels.get(channel);
      if (!set) return;
      for (const listener of [...set]) listener(event);
    },
    listeners(channel: string): number {
      return channels.get(channel)?.size ?? 0;
    },
  };
}

export type SseHub = ReturnType<typeof createSseHub>;
