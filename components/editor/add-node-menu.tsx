"use client";

import { memo } from "react";
import { nodeKindNames, type NodeKind } from "@/lib/flow";
import { nodeAppearance, paletteGroups } from "@/lib/editor/node-appearance";
import { PointerMenu, PointerMenuItem, PointerMenuLabel } from "./pointer-menu";

/** Where a connection was dropped on empty canvas, and where it came from. */
export interface PendingConnection {
  screen: { x: number; y: number };
  flow: { x: number; y: number };
  source: string;
  sourcePort: string;
}

/** "Add node here": the kinds to create at the drop point, connected to the dragged port. */
export const AddNodeMenu = memo(function AddNodeMenu({ pending, onPick, onClose }: { pending: PendingConnection | null; onPick: (kind: NodeKind) => void; onClose: () => void }) {
  return (
    <PointerMenu at={pending?.screen ?? null} onClose={onClose} label="Add node here">
      {paletteGroups.map((group) => (
        <div key={group} role="group" aria-label={group}>
          <PointerMenuLabel>{group}</PointerMenuLabel>
          {nodeKindNames
            .filter((kind) => kind !== "start" && nodeAppearance[kind].group === group)
            .map((kind) => {
              const look = nodeAppearance[kind];
              const Icon = look.icon;
              return (
                <PointerMenuItem key={kind} onSelect={() => onPick(kind)}>
                  <Icon aria-hidden className={`size-4 ${look.iconClass}`} />
                  {look.label}
                </PointerMenuItem>
              );
            })}
        </div>
      ))}
    </PointerMenu>
  );
});
