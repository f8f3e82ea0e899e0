"use client";

import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useCallback, type DragEvent } from "react";
import { nodeKindNames, type NodeKind } from "@/lib/flow";
import { useDocumentStore } from "@/lib/editor/document-store";
import { nodeAppearance, paletteGroups } from "@/lib/editor/node-appearance";
import { useUiStore } from "@/lib/editor/ui-store";
import { cn } from "@/components/ui/cn";
import { PALETTE_MIME } from "./palette-drag";

/**
 * Every node kind, grouped "Conversation" / "Logic" / "Handoff protocol". Drag one onto the canvas,
 * or click it (or press Enter) to add it at the centre of the view. Start is offered only while the
 * flow has none.
 */
export function NodePalette() {
  const hasStart = useDocumentStore((state) => state.document.nodes.some((node) => node.kind === "start"));
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  const addAtCentre = useCallback(
    (kind: NodeKind) => {
      const { domNode } = store.getState();
      const rect = domNode?.getBoundingClientRect();
      if (!rect) return;
      const centre = screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, { snapToGrid: true });
      const id = useDocumentStore.getState().addNode(kind, { x: centre.x - 128, y: centre.y - 48 });
      useUiStore.getState().select([id], []);
    },
    [store, screenToFlowPosition],
  );

  return (
    <nav aria-label="Node palette" className="flex h-full w-52 shrink-0 flex-col gap-4 overflow-y-auto border-r border-slate-200 bg-white p-3">
      {paletteGroups.map((group) => (
        <section key={group} aria-labelledby={`palette-${group}`}>
          <h2 id={`palette-${group}`} className="mb-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-400">{group}</h2>
          <ul className="space-y-1">
            {nodeKindNames
              .filter((kind) => nodeAppearance[kind].group === group && (kind !== "start" || !hasStart))
              .map((kind) => (
                <li key={kind}>
                  <PaletteItem kind={kind} onAdd={addAtCentre} />
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p className="mt-auto text-[11px] leading-snug text-slate-400">Drag onto the canvas, or click to add. Drop a connection on empty canvas to add the next step.</p>
    </nav>
  );
}

function PaletteItem({ kind, onAdd }: { kind: NodeKind; onAdd: (kind: NodeKind) => void }) {
  const look = nodeAppearance[kind];
  const Icon = look.icon;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = "move";
  };
  return (
    <button
      type="button"
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(kind)}
      data-testid={`palette-${kind}`}
      title={look.description}
      className={cn(
        "flex w-full cursor-grab items-center gap-2 rounded-md border bg-white px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500 active:cursor-grabbing",
        look.protocol ? look.borderClass : "border-slate-200",
      )}
    >
      <Icon aria-hidden className={cn("size-4 shrink-0", look.iconClass)} />
      <span className="truncate">{look.label}</span>
    </button>
  );
}
