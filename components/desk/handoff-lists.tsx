import type { DeskHandoff } from "@/lib/api/live";
import { HandoffRow } from "./handoff-row";

/**
 * The desk's left column: who waits (in line order, per queue) and the conversations I am in.
 * Colleagues' conversations are counted, not listed, to keep the column about my work.
 */
export function HandoffLists({
  handoffs,
  myId,
  selectedId,
  unread,
  now,
  onSelect,
}: {
  handoffs: readonly DeskHandoff[];
  myId: string;
  selectedId: string | null;
  unread: ReadonlySet<string>;
  now: number;
  onSelect: (id: string) => void;
}) {
  const waiting = handoffs.filter((item) => item.status === "queued");
  const mine = handoffs.filter((item) => item.status === "assigned" && item.agent?.id === myId);
  const colleagues = handoffs.filter((item) => item.status === "assigned" && item.agent?.id !== myId);
  const row = (handoff: DeskHandoff) => (
    <HandoffRow key={handoff.id} handoff={handoff} now={now} selected={handoff.id === selectedId} unread={unread.has(handoff.id)} onSelect={() => onSelect(handoff.id)} />
  );
  return (
    <div className="space-y-4 p-3">
      <section aria-labelledby="desk-waiting">
        <h2 id="desk-waiting" className="mb-1.5 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Waiting <span data-testid="waiting-count" className="rounded-full bg-slate-900 px-1.5 text-[11px] text-white">{waiting.length}</span>
        </h2>
        {waiting.length === 0 ? <p className="text-xs text-slate-500">Nobody is waiting.</p> : <ul aria-label="Waiting" className="space-y-1.5">{waiting.map(row)}</ul>}
      </section>
      <section aria-labelledby="desk-mine">
        <h2 id="desk-mine" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
          My conversations ({mine.length})
        </h2>
        {mine.length === 0 ? <p className="text-xs text-slate-500">Accept a waiting user to start.</p> : <ul aria-label="My conversations" className="space-y-1.5">{mine.map(row)}</ul>}
      </section>
      {colleagues.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500">With colleagues ({colleagues.length})</summary>
          <ul aria-label="With colleagues" className="mt-1.5 space-y-1.5">{colleagues.map(row)}</ul>
        </details>
      ) : null}
    </div>
  );
}
