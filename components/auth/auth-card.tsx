import type { ReactNode } from "react";

/** The centred card the sign-in and setup pages share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex flex-1 items-start justify-center px-6 py-16">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">{title}</h1>
        {intro ? <div className="mt-1 text-sm text-slate-600">{intro}</div> : null}
        <div className="mt-5">{children}</div>
      </div>
    </main>
  );
}
