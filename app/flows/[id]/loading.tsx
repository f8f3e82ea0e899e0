/** Shown while the editor's code loads. */
export default function Loading() {
  return <div className="flex flex-1 items-center justify-center text-sm text-slate-500">Loading editor…</div>;
}
