"use client";

import { Dialog as RadixDialog } from "radix-ui";
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { useDocumentStore } from "@/lib/editor/document-store";
import { nodeAppearance } from "@/lib/editor/node-appearance";
import { searchNodes } from "@/lib/editor/node-search";
import { useUiStore } from "@/lib/editor/ui-store";

/** Ctrl/Cmd+K: find a node by its text, title or kind; Enter selects it and centres the canvas on it. */
export function NodeSearchDialog() {
  const open = useUiStore((state) => state.searchOpen);
  const setOpen = useUiStore((state) => state.setSearchOpen);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/20" />
        <RadixDialog.Content className="fixed left-1/2 top-[15vh] z-50 w-[min(92vw,36rem)] -translate-x-1/2 overflow-hidden rounded-lg bg-white shadow-xl focus:outline-none">
          <RadixDialog.Title className="sr-only">Search nodes</RadixDialog.Title>
          <RadixDialog.Description className="sr-only">Type to find a node; Enter jumps to it.</RadixDialog.Description>
          {open ? <SearchBody onDone={() => setOpen(false)} /> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function SearchBody({ onDone }: { onDone: () => void }) {
  const nodes = useDocumentStore((state) => state.document.nodes);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchNodes(nodes, deferred), [nodes, deferred]);
  const current = Math.min(active, Math.max(hits.length - 1, 0));

  const jump = (id: string | undefined) => {
    if (!id) return;
    useUiStore.getState().focusNode(id);
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") setActive(Math.min(current + 1, hits.length - 1));
    else if (event.key === "ArrowUp") setActive(Math.max(current - 1, 0));
    else if (event.key === "Enter") jump(hits[current]?.id);
    else return;
    event.preventDefault();
  };

  return (
    <div onKeyDown={onKeyDown}>
      <input
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        placeholder="Search nodes by text, title or kind…"
        aria-label="Search nodes"
        role="combobox"
        aria-expanded
        aria-controls="node-search-results"
        aria-activedescendant={hits[current] ? `node-search-${hits[current].id}` : undefined}
        className="w-full border-b border-slate-200 px-4 py-3 text-sm outline-none"
      />
      <ul id="node-search-results" role="listbox" aria-label="Matching nodes" className="max-h-80 overflow-y-auto p-1">
        {hits.length === 0 ? <li className="px-3 py-6 text-center text-sm text-slate-500">No node matches “{deferred}”.</li> : null}
        {hits.map((hit, index) => {
          const look = nodeAppearance[hit.node.kind];
          const Icon = look.icon;
          return (
            <li
              key={hit.id}
              id={`node-search-${hit.id}`}
              role="option"
              aria-selected={index === current}
              onMouseEnter={() => setActive(index)}
              onClick={() => jump(hit.id)}
              className={cn("flex cursor-pointer items-center gap-2 rounded px-3 py-2 text-sm", index === current && "bg-slate-100")}
            >
              <Icon aria-hidden className={cn("size-4 shrink-0", look.iconClass)} />
              <span className="min-w-0 flex-1 truncate text-slate-800">{hit.title}</span>
              <span className="text-xs text-slate-400">{hit.kindLabel}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
