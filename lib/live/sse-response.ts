import type { HubEvent, SseHub } from "./sse-hub";

export interface SseOptions {
  hub: SseHub;
  channel: string;
  /** Events after `lastId`, in id order, from the database. */
  replay: (lastId: number) => HubEvent[];
  lastId: number;
  /** Drops events the subscriber may not see. */
  filter?: (event: HubEvent) => boolean;
  signal: AbortSignal;
  heartbeatMs?: number;
}

const encoder = new TextEncoder();

/**
 * A Server-Sent Events response: subscribes first (buffering), replays what was missed after
 * `lastId` from the database, then streams live events — skipping ids already sent, so a
 * reconnect with `Last-Event-ID` gets every missed event exactly once. Comment heartbeats every
 * 15 s keep proxies from closing it; the subscription ends when the client goes away.
 */
export function sseResponse(options: SseOptions): Response {
  const { hub, channel, filter } = options;
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = options.lastId;
      let replaying = true;
      const buffered: HubEvent[] = [];
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const emit = (event: HubEvent) => {
        if (event.id <= sent) return;
        sent = event.id;
        if (filter && !filter(event)) return;
        write(`id: ${event.id}\ndata: ${event.data}\n\n`);
      };
      const unsubscribe = hub.subscribe(channel, (event) => (replaying ? buffered.push(event) : emit(event)));
      const heartbeat = setInterval(() => write(": ping\n\n"), options.heartbeatMs ?? 15_000);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        options.signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      options.signal.addEventListener("abort", cleanup);
      write(`retry: 2000\n: connected\n\n`);
      for (const event of options.replay(options.lastId)) emit(event);
      replaying = false;
      for (const event of buffered.splice(0)) emit(event);
      if (options.signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}

/** The resume point: `Last-Event-ID` header, else `lastEventId` query, else null (not given). */
export function lastEventIdOf(request: Request): number | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null || raw.trim() === "") return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}
