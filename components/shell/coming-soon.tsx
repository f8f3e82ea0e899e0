import type { ReactNode } from "react";

/** A page whose capability has not landed yet says so plainly, and what it will do. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-3xl px-6 py-10">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="mt-3 rounded-lg border border-slate-200 bg-white p-5 text-sm leading-relaxed text-slate-700">{children}</div>
    </main>
  );
}
