import { describe, expect, it } from "vitest";
import { EventCursor } from "@/lib/desk/event-cursor";
import { openLiveStream, parseJsonEvent, type EventSourceLike, type StreamState } from "@/lib/desk/live-stream";
import { fakeClock } from "./fake-clock";

/** An EventSource the test drives: open it, push events, drop it like a browser would. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  connect() {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  push(id: number, payload: object) {
    this.onmessage?.(new MessageEvent("message", { data: JSON.stringify({ id, ...payload }), lastEventId: String(id) }));
  }
  /** `fatal`: the browser gave up (readyState CLOSED); otherwise it retries by itself. */
  drop(fatal: boolean) {
    this.readyState = fatal ? 2 : 0;
    this.onerror?.(new Event("error"));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

function setup(startAfter = 0) {
  const clock = fakeClock();
  const sources: FakeSource[] = [];
  const received: number[] = [];
  const states: StreamState[] = [];
  const stream = openLiveStream<{ type: string }>({
    url: (lastId) => `/events?lastEventId=${lastId}`,
    parse: parseJsonEvent,
    onEvent: (event) => received.push(event.id),
    onState: (state) => states.push(state),
    startAfter,
    open: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    schedule: clock.schedule,
    backoffMs: [1_000, 5_000],
  });
  const latest = () => {
    const source = sources.at(-1);
    if (!source) throw new Error("no source opened");
    return source;
  };
  return { clock, sources, received, states, stream, latest };
}

describe("event cursor", () => {
  it("accepts each id once, in order, and only moves forward", () => {
    const cursor = new EventCursor(3);
    expect(cursor.accept(3)).toBe(false);
    expect(cursor.accept(4)).toBe(true);
    expect(cursor.accept(4)).toBe(false);
    expect(cursor.accept(2)).toBe(false);
    cursor.advanceTo(1);
    expect(cursor.lastId).toBe(4);
    cursor.advanceTo(9);
    expect(cursor.accept(9)).toBe(false);
    expect(cursor.accept(10)).toBe(true);
  });
});

describe("live stream", () => {
  it("starts after the id of the initial fetch and delivers every event once", () => {
    const { received, latest, sources } = setup(5);
    expect(sources[0]?.url).toBe("/events?lastEventId=5");
    const source = latest();
    source.connect();
    source.push(5, { type: "message" }); // already in the initial fetch
    source.push(6, { type: "message" });
    source.push(6, { type: "message" }); // replayed
    source.push(7, { type: "status" });
    expect(received).toEqual([6, 7]);
  });

  it("lets the browser retry a dropped connection itself (it sends Last-Event-ID)", () => {
    const { clock, sources, states, latest } = setup();
    latest().connect();
    latest().drop(false);
    clock.advance(60_000);
    expect(sources).toHaveLength(1);
    expect(states).toEqual(["connecting", "open", "reconnecting"]);
  });

  it("reopens a stream the browser gave up on, resuming after the last event seen", () => {
    const { clock, sources, received, states, latest } = setup();
    latest().connect();
    latest().push(1, { type: "message" });
    latest().push(2, { type: "message" });
    latest().drop(true);
    expect(sources[0]?.closed).toBe(true);
    clock.advance(999);
    expect(sources).toHaveLength(1);
    clock.advance(1);
    expect(sources[1]?.url).toBe("/events?lastEventId=2");
    latest().connect();
    latest().push(2, { type: "message" });
    latest().push(3, { type: "message" });
    expect(received).toEqual([1, 2, 3]);
    expect(states.at(-1)).toBe("open");
  });

  it("backs off while the server stays down, and resets once connected", () => {
    const { clock, sources, latest } = setup();
    latest().drop(true);
    clock.advance(1_000);
    latest().drop(true);
    clock.advance(1_000);
    expect(sources).toHaveLength(2); // second wait is 5 s
    clock.advance(4_000);
    expect(sources).toHaveLength(3);
    latest().connect();
    latest().drop(true);
    clock.advance(1_000);
    expect(sources).toHaveLength(4);
  });

  it("restarts at once from the last event when the browser comes back online", () => {
    const { sources, received, latest, stream } = setup();
    latest().connect();
    latest().push(1, { type: "message" });
    stream.restart();
    expect(sources[0]?.closed).toBe(true);
    expect(sources[1]?.url).toBe("/events?lastEventId=1");
    latest().connect();
    latest().push(1, { type: "message" });
    latest().push(2, { type: "message" });
    expect(received).toEqual([1, 2]);
  });

  it("stops for good on close, including a pending reconnect", () => {
    const { clock, sources, states, stream, latest } = setup();
    latest().drop(true);
    stream.close();
    clock.advance(60_000);
    expect(sources).toHaveLength(1);
    expect(states.at(-1)).toBe("closed");
  });

  it("ignores data lines that are not events", () => {
    expect(parseJsonEvent("not json")).toBeNull();
    expect(parseJsonEvent(JSON.stringify({ type: "message" }))).toBeNull();
    expect(parseJsonEvent(JSON.stringify({ id: 4, type: "message" }))).toEqual({ id: 4, type: "message" });
  });
});
