import type { ReactNode } from "react";

/** A titled card of the analytics page, with an optional CSV download in its corner. */
export function Section({ title, description, csvHref, children, className }: { title: string; description?: ReactNode; csvHref?: string; children: ReactNode; className?: string }) {
  return (
    <section aria-label={title} className={`rounded-lg border border-slate-200 bg-white p-4 ${className ?? ""}`}>
      <div className="mb-3 flex items-start justify-between gap-4">
        <div>
          <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
          {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
        </div>
        {csvHref ? (
          <a href={csvHref} download className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50">
            CSV
          </a>
        ) : null}
      </div>
      {children}
    </section>
  );
}
