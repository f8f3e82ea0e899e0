"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useDocumentStore } from "@/lib/editor/document-store";

/** The designer's note on a node: shown on the canvas, no effect at run time. */
export function NoteField({ nodeId, note }: { nodeId: string; note: string }) {
  const id = useId();
  const updateNodeNote = useDocumentStore((state) => state.updateNodeNote);
  return (
    <Field label="Note" htmlFor={id} hint="For designers only; the user never sees it.">
      <Textarea id={id} rows={2} value={note} placeholder="Why this node is here…" onChange={(event) => updateNodeNote(nodeId, event.target.value)} />
    </Field>
  );
}
