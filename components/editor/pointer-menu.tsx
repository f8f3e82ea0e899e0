"use client";

import { DropdownMenu as Menu } from "radix-ui";
import type { ReactNode } from "react";

/**
 * A dropdown menu opened at a screen point (right-click menus, "add node here" after dropping a
 * connection on empty canvas). An invisible fixed-position anchor stands in for a trigger button.
 */
export function PointerMenu({ at, onClose, label, children }: { at: { x: number; y: number } | null; onClose: () => void; label: string; children: ReactNode }) {
  return (
    <Menu.Root open={at !== null} onOpenChange={(open) => (open ? undefined : onClose())} modal={false}>
      <Menu.Trigger asChild>
        <span aria-hidden className="pointer-events-none fixed size-0" style={{ left: at?.x ?? 0, top: at?.y ?? 0 }} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          aria-label={label}
          align="start"
          sideOffset={2}
          className="z-50 max-h-[70vh] min-w-48 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

/** A menu entry of `PointerMenu`. */
export function PointerMenuItem({ children, onSelect, danger, disabled, shortcut }: { children: ReactNode; onSelect: () => void; danger?: boolean; disabled?: boolean; shortcut?: string }) {
  return (
    <Menu.Item
      disabled={disabled}
      onSelect={onSelect}
      className={`flex cursor-default select-none items-center gap-2 rounded px-2 py-1.5 outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-slate-100 ${danger ? "text-rose-600" : "text-slate-800"}`}
    >
      <span className="flex flex-1 items-center gap-2">{children}</span>
      {shortcut ? <span className="text-xs text-slate-400">{shortcut}</span> : null}
    </Menu.Item>
  );
}

export function PointerMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="px-2 pb-0.5 pt-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-400">{children}</Menu.Label>;
}

export function PointerMenuSeparator() {
  return <Menu.Separator className="my-1 h-px bg-slate-200" />;
}
