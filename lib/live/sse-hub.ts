/** One event as it goes out on an SSE stream: its `id:` and its JSON `data:`. */
export interface HubEvent {
  id: number;
  data: string;
  /** Desk events: who may see it (see lib/live/desk-visibility.ts). */
  queue?: string | null;
  agentId?: string | null;
}

export type HubListener = (event: HubEvent) => void;

const MAX_DEPARTED = 10_000;

/**
 * In-process pub/sub for the SSE streams, keyed by channel (`conv:<id>`, `desk`). Events are
 * published after their transaction commits, so a subscriber never sees something a replay from
 * the database would not also return.
 */
export function createSseHub(now: () => number = Date.now) {
  const channels = new Map<string, Set<HubListener>>();
  // when a channel's last subscriber went away (a chat page closed), newest last, bounded
  const departed = new Map<string, number>();
  return {
    subscribe(channel: string, listener: HubListener): () => void {
      const set = channels.get(channel) ?? new Set<HubListener>();
      set.add(listener);
      channels.set(channel, set);
      departed.delete(channel);
      return () => {
        set.delete(listener);
        if (set.size === 0 && channels.get(channel) === set) {
          channels.delete(channel);
          departed.set(channel, now());
          if (departed.size > MAX_DEPARTED) departed.delete(departed.keys().next().value ?? channel);
        }
      };
    },
    /** When the channel's last subscriber left, if it had one and nobody subscribed since; else null. */
    leftAt(channel: string): number | null {
      return departed.get(channel) ?? null;
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
