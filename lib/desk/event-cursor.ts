/**
 * Resume bookkeeping for one Server-Sent Events stream: the highest event id seen so far, so a
 * reconnect asks for exactly what came after it, and events replayed twice (a reconnect racing a
 * live event, or the initial load overlapping the stream) are applied once.
 */
export class EventCursor {
  private last: number;

  constructor(start = 0) {
    this.last = start;
  }

  /** The id to resume after (`Last-Event-ID`). */
  get lastId(): number {
    return this.last;
  }

  /** true when `id` is new (and records it); false for a duplicate or an out-of-order old id. */
  accept(id: number): boolean {
    if (!Number.isSafeInteger(id) || id <= this.last) return false;
    this.last = id;
    return true;
  }

  /** Moves the resume point forward (e.g. to a fetch's `lastEventId`); never backwards. */
  advanceTo(id: number): void {
    if (Number.isSafeInteger(id) && id > this.last) this.last = id;
  }
}
