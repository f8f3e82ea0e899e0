"use client";

import { MousePointerClick } from "lucide-react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useUiStore } from "@/lib/editor/ui-store";
import { InspectorHeader } from "./inspector-header";
import { NoteField } from "./note-field";
import { Section } from "./section";
import { KindSettings } from "./settings-registry";

/**
 * Sidebar tab: the settings of the selected node — its kind's form, then its note. Several
 * selected nodes are only counted; none selected gets a hint.
 */
export function NodeInspector() {
  const selected = useUiStore((state) => state.selectedNodeIds);
  const node = useDocumentStore((state) => (selected.length === 1 ? state.document.nodes.find((candidate) => candidate.id === selected[0]) : undefined));

  if (selected.length > 1) {
    return <p className="px-4 py-6 text-sm text-slate-600">{selected.length} nodes selected</p>;
  }
  if (!node) {
    return (
      <div className="flex flex-col items-center gap-2 px-6 py-10 text-center text-sm text-slate-500">
        <MousePointerClick className="h-6 w-6 text-slate-400" />
        Select a node on the canvas to edit it.
      </div>
    );
  }
  return (
    <div aria-label="Node settings" role="region">
      <InspectorHeader node={node} />
      {/* keyed by node: each node's form starts from its own stored config */}
      <KindSettings key={node.id} kind={node.kind} node={node} />
      <Section title="Note">
        <NoteField key={node.id} nodeId={node.id} note={node.note ?? ""} />
      </Section>
    </div>
  );
}
