"use client";

import "@xyflow/react/dist/style.css";
import { ReactFlowProvider } from "@xyflow/react";
import Link from "next/link";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { toast } from "sonner";
import { PreviewPanel } from "@/components/preview/preview-panel";
import { VersionsLayer } from "@/components/versions/versions-layer";
import type { Flow } from "@/lib/api/flows";
import type { AutosaveController } from "@/lib/editor/autosave";
import { useDocumentStore } from "@/lib/editor/document-store";
import { clearDraft, readDraft } from "@/lib/editor/draft-storage";
import { reconcileDraft } from "@/lib/editor/reconcile-draft";
import { useUiStore } from "@/lib/editor/ui-store";
import type { FlowDocument } from "@/lib/flow";
import { ConflictDialog } from "./conflict-dialog";
import { EditorSidebar } from "./editor-sidebar";
import { EditorTopBar } from "./editor-top-bar";
import { FlowCanvas } from "./flow-canvas";
import { NodePalette } from "./node-palette";
import { NodeSearchDialog } from "./node-search-dialog";
import { ProblemsPublisher } from "./problems-publisher";
import { useAutosave, useAutosaveState } from "./use-autosave";
import { useEditorShortcuts } from "./use-editor-shortcuts";

/**
 * The visual flow editor of one flow, as the server read it for this page (null: no such flow):
 * top bar, palette, canvas and sidebar.
 */
export function FlowEditor({ flowId, flow }: { flowId: string; flow: Flow | null }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!flow) {
    return (
      <EditorMessage>
        <p>This flow does not exist (or was deleted).</p>
        <div className="mt-3 flex justify-center gap-2">
          <Link href="/" className="inline-flex h-9 items-center rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100">Back to flows</Link>
        </div>
      </EditorMessage>
    );
  }
  // the editor reads this browser's draft before its first render: nothing to render on the server
  if (!inBrowser) return <EditorMessage>Loading flow…</EditorMessage>;
  return (
    <ReactFlowProvider>
      <LoadedEditor key={flowId} flow={flow} />
    </ReactFlowProvider>
  );
}

function LoadedEditor({ flow }: { flow: Flow }) {
  // load before the first render so the canvas fits the real flow, not an empty one
  const [serverDocument] = useState(() => openInEditor(flow));
  const controller = useAutosave(flow.id, serverDocument);
  useEditorShortcuts();

  return (
    <div className="flex h-full min-h-0 flex-1 flex-col">
      <EditorTopBar controller={controller} />
      {/* relative: the versions layer (drawer + read-only version view) covers this area */}
      <div className="relative flex min-h-0 flex-1">
        <NodePalette />
        <main className="relative min-w-0 flex-1" aria-label="Flow canvas">
          <FlowCanvas />
        </main>
        <EditorSidebar />
        <PreviewPanel />
        <VersionsLayer />
      </div>
      <ProblemsPublisher />
      <NodeSearchDialog />
      <AutosaveConflict controller={controller} />
    </div>
  );
}

/** The conflict dialog, subscribed to autosave here so other save states re-render nothing else. */
function AutosaveConflict({ controller }: { controller: AutosaveController }) {
  const { theirs } = useAutosaveState(controller);
  return <ConflictDialog theirs={theirs} controller={controller} />;
}

/**
 * Puts the flow into the stores, reconciled with this browser's draft: unsaved work on the same
 * revision is restored (and saved by autosave); a draft made on an older revision is loaded on that
 * revision, so its first save gets a 409 and the conflict dialog lets the designer choose. Returns
 * what the server holds. Idempotent (React may call a state initializer twice in development).
 */
function openInEditor(flow: Flow): FlowDocument {
  const store = useDocumentStore.getState();
  const draft = readDraft(window.localStorage, flow.id);
  const decision = reconcileDraft(flow, draft);
  if (decision.action === "restore") {
    store.load(flow.id, flow.revision, flow.document);
    store.applyDocument(decision.document, "Restore unsaved changes");
    toast.info("Restored changes that had not reached the server yet.", { id: `draft-restored-${flow.id}` });
  } else if (decision.action === "conflict" && draft) {
    store.load(flow.id, draft.baseRevision, decision.document);
  } else {
    store.load(flow.id, flow.revision, flow.document);
    if (draft) clearDraft(window.localStorage, flow.id);
  }
  useUiStore.getState().select([], []);
  return flow.document;
}

const noSubscription = () => () => undefined;

function EditorMessage({ children }: { children: ReactNode }) {
  return <div className="flex flex-1 items-center justify-center p-8 text-center text-sm text-slate-600">{children}</div>;
}
