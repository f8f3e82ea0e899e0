"use client";

import { useQuery } from "@tanstack/react-query";
import { listTesterNotes, previewKeys } from "@/lib/preview/preview-api";

/** Notes testers sent about their conversations, newest first, each with its transcript. */
export function NotesList({ flowId }: { flowId: string }) {
  const notes = useQuery({ queryKey: previewKeys.notes(flowId), queryFn: () => listTesterNotes(flowId) });
  if (notes.isPending) return <p className="p-3 text-xs text-slate-500">Loading notes…</p>;
  if (notes.isError) return <p className="p-3 text-xs text-rose-600">Could not load the notes: {notes.error.message}</p>;
  if (notes.data.notes.length === 0) return <p className="p-3 text-xs text-slate-500">No notes from testers yet. Share the tester page: /flows/{flowId}/test</p>;
  return (
    <ul aria-label="Tester notes" className="space-y-2 p-3 text-sm">
      {notes.data.notes.map((note) => (
        <li key={note.id} data-testid="tester-note" className="rounded border border-slate-200 p-2">
          <p className="whitespace-pre-wrap">{note.text}</p>
          <p className="mt-1 text-xs text-slate-500">
            {note.author ?? "A tester"} · {new Date(note.createdAt).toLocaleString()}
          </p>
          <details className="mt-1 text-xs">
            <summary className="cursor-pointer text-slate-600">Conversation ({note.transcript.length} lines)</summary>
            <ol className="mt-1 space-y-0.5">
              {note.transcript.map((line, index) => (
                <li key={index}>
                  <span className="font-medium">{line.from}:</span> {line.text}
                </li>
              ))}
            </ol>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** How many notes there are, for the tab label ("Notes (3)"). */
export function useNoteCount(flowId: string): number | null {
  const notes = useQuery({ queryKey: previewKeys.notes(flowId), queryFn: () => listTesterNotes(flowId) });
  return notes.data?.notes.length ?? null;
}
