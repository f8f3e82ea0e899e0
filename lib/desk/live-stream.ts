import { EventCursor } from "./event-cursor";

/** What the stream is doing, for a "Reconnecting…" line. */
export type StreamState = "connecting" | "open" | "reconnecting" | "closed";

/** The part of `EventSource` the stream uses: tests pass a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

/** Runs `callback` after `ms` and returns its cancel function; tests pass a fake clock. */
export type Schedule = (callback: () => void, ms: number) => () => void;

export interface LiveStreamOptions<T> {
  /** The stream's URL resuming after `lastId` (0 = from the start). */
  url: (lastId: number) => string;
  /** Turns one `data:` line into an event with its id, or null to ignore it. */
  parse: (data: string) => (T & { id: number }) | null;
  onEvent: (event: T & { id: number }) => void;
  onState?: (state: StreamState) => void;
  /** Where to resume from (e.g. the `lastEventId` of the initial fetch). */
  startAfter?: number;
  open?: (url: string) => EventSourceLike;
  schedule?: Schedule;
  /** Reconnect delays in ms, the last one repeats. */
  backoffMs?: readonly number[];
}

/** A running stream; `close()` stops it for good. */
export interface LiveStream {
  close(): void;
  /**
   * Drops the connection and opens a new one right away, resuming after the last event seen —
   * for when the browser comes back online and the old connection may be silently dead.
   */
  restart(): void;
  readonly lastId: number;
}

const CLOSED = 2;
const DEFAULT_BACKOFF = [1_000, 2_000, 5_000, 10_000];

/**
 * Subscribes to an SSE stream and keeps it alive. The browser's EventSource already reconnects
 * with `Last-Event-ID` after a dropped connection; when it gives up (the server answered an error,
 * or was down), this opens a new one at `url(lastId)` after a backoff, so nothing is missed either
 * way. Every event is delivered once, in id order, however often it is replayed.
 */
export function openLiveStream<T>(options: LiveStreamOptions<T>): LiveStream {
  const cursor = new EventCursor(options.startAfter ?? 0);
  const open = options.open ?? ((url: string) => new EventSource(url));
  const schedule = options.schedule ?? scheduleWithTimeout;
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF;
  let source: EventSourceLike | null = null;
  let cancelRetry: (() => void) | null = null;
  let failures = 0;
  let stopped = false;
  const setState = (state: StreamState) => options.onState?.(state);

  const connect = () => {
    cancelRetry = null;
    if (stopped) return;
    const current = open(options.url(cursor.lastId));
    source = current;
    current.onopen = () => {
      failures = 0;
      setState("open");
    };
    current.onmessage = (message) => {
      const event = typeof message.data === "string" ? options.parse(message.data) : null;
      if (event && cursor.accept(event.id)) options.onEvent(event);
    };
    current.onerror = () => {
      if (stopped) return;
      setState("reconnecting");
      if (current.readyState !== CLOSED) return; // the browser retries by itself, with Last-Event-ID
      current.close();
      const delay = backoff[Math.min(failures, backoff.length - 1)] ?? 5_000;
      failures += 1;
      cancelRetry = schedule(connect, delay);
    };
  };

  setState("connecting");
  connect();
  return {
    close() {
      stopped = true;
      cancelRetry?.();
      source?.close();
      setState("closed");
    },
    restart() {
      if (stopped) return;
      cancelRetry?.();
      source?.close();
      failures = 0;
      setState("reconnecting");
      connect();
    },
    get lastId() {
      return cursor.lastId;
    },
  };
}

/** Parses a JSON `data:` line that carries a numeric `id`; anything else is ignored. */
export function parseJsonEvent<T>(data: string): (T & { id: number }) | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null || !("id" in value) || typeof value.id !== "number") return null;
    // The server's SSE contract (lib/api/live.ts) defines T; the id was checked above.
    return value as T & { id: number };
  } catch {
    return null;
  }
}

const scheduleWithTimeout: Schedule = (callback, ms) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};
