import type { ReactNode } from "react";

/** One labelled line of a node's body ("Queue  support"). */
export function BodyLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <span className="w-16 shrink-0 text-slate-400">{label}</span>
      <span className="min-w-0 flex-1 truncate text-slate-700">{children}</span>
    </div>
  );
}

/** A longer text shown in up to three lines. */
export function BodyText({ children }: { children: ReactNode }) {
  return <p className="line-clamp-3 whitespace-pre-line break-words text-slate-700">{children}</p>;
}

/** Small chips (quick replies, choices). */
export function Chips({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {items.map((item, i) => (
        <span key={i} className="rounded-full border border-slate-200 bg-slate-50 px-1.5 text-[10px] text-slate-600">{item}</span>
      ))}
    </div>
  );
}
