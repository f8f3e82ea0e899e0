"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { AutosaveController, TheirVersion } from "@/lib/editor/autosave";
import { summarizeConflict } from "@/lib/editor/conflict-summary";
import { useDocumentStore } from "@/lib/editor/document-store";

/**
 * Someone else saved this flow since it was loaded here. Shows what differs between my version and
 * theirs; "Reload theirs" drops my changes, "Keep mine" (confirmed) saves mine on top of theirs.
 * It cannot be dismissed: autosave is paused until the designer decides.
 */
export function ConflictDialog({ theirs, controller }: { theirs: TheirVersion | null; controller: AutosaveController | null }) {
  const [confirming, setConfirming] = useState(false);
  const mine = useDocumentStore((state) => state.document);
  const summary = useMemo(() => (theirs ? summarizeConflict(mine, theirs.document) : null), [mine, theirs]);
  if (!theirs || !summary || !controller) return null;

  const reloadTheirs = () => {
    const store = useDocumentStore.getState();
    store.load(store.flowId, theirs.revision, theirs.document);
    controller.tookTheirs();
    setConfirming(false);
  };
  const keepMine = () => {
    if (!confirming) return setConfirming(true);
    controller.keepMine();
    setConfirming(false);
  };

  return (
    <Dialog
      open
      onOpenChange={() => undefined}
      title="This flow was changed somewhere else"
      description="Someone (or another tab) saved a newer version while you were editing. Your changes are kept locally until you choose."
      footer={
        <>
          <Button onClick={reloadTheirs}>Reload theirs</Button>
          <Button variant={confirming ? "danger" : "primary"} onClick={keepMine}>
            {confirming ? "Yes, save mine over theirs" : "Keep mine"}
          </Button>
        </>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="conflict-summary">
        <dt className="text-slate-500">Nodes</dt>
        <dd>mine {summary.mineNodeCount} · theirs {summary.theirsNodeCount} (revision {theirs.revision})</dd>
        {summary.nameChanged ? (
          <>
            <dt className="text-slate-500">Name</dt>
            <dd>mine “{summary.nameChanged.mine}” · theirs “{summary.nameChanged.theirs}”</dd>
          </>
        ) : null}
        <ChangeList label="Only in mine" items={summary.onlyMine} />
        <ChangeList label="Only in theirs" items={summary.onlyTheirs} />
        <ChangeList label="Changed" items={summary.changed} />
        {summary.edgesChanged ? (<><dt className="text-slate-500">Connections</dt><dd>differ</dd></>) : null}
        {summary.settingsChanged ? (<><dt className="text-slate-500">Settings</dt><dd>differ</dd></>) : null}
      </dl>
      {confirming ? <p className="mt-3 text-sm text-rose-700">Their changes will be replaced by yours. This cannot be undone from here.</p> : null}
    </Dialog>
  );
}

function ChangeList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, 6);
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd>
        <ul className="list-disc pl-4">
          {shown.map((item, i) => <li key={i} className="truncate">{item}</li>)}
          {items.length > shown.length ? <li className="text-slate-500">and {items.length - shown.length} more</li> : null}
        </ul>
      </dd>
    </>
  );
}
