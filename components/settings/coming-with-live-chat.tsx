/** Placeholder for the tabs the live-chat work adds: says what will be here. */
export function ComingWithLiveChat({ what }: { what: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
      <p className="font-medium text-slate-900">Coming with live chat</p>
      <p className="mt-1">{what} will be managed here.</p>
    </div>
  );
}
