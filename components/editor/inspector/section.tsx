import type { ReactNode } from "react";

/** A titled group of fields in a sidebar panel. */
export function Section({ title, description, action, children }: { title: string; description?: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-3 border-t border-slate-200 px-4 py-4 first:border-t-0">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
          {description ? <p className="mt-0.5 text-xs text-slate-500">{description}</p> : null}
        </div>
        {action ? <div className="shrink-0 whitespace-nowrap">{action}</div> : null}
      </div>
      {children}
    </section>
  );
}
