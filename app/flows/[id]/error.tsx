"use client";

import Link from "next/link";

/** The editor crashed: say so and offer a way out (the local draft survives a reload). */
export default function EditorError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-1 flex-col items-center justify-center gap-3 p-8 text-center">
      <h1 className="text-base font-semibold text-slate-900">The editor hit an error</h1>
      <p className="max-w-md text-sm text-slate-600">{error.message}. Your latest changes are kept in this browser and come back when you reload.</p>
      <div className="flex gap-2">
        <button type="button" onClick={reset} className="h-9 rounded-md bg-slate-900 px-3 text-sm text-white">Try again</button>
        <Link href="/" className="inline-flex h-9 items-center rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100">Back to flows</Link>
      </div>
    </div>
  );
}
