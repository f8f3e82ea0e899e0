"use client";

import { History, PackageOpen, Rocket } from "lucide-react";
import { useState } from "react";
import { ExportDialog } from "@/components/export/export-dialog";
import { Button } from "@/components/ui/button";
import type { AutosaveController } from "@/lib/editor/autosave";
import { useVersionsView } from "@/lib/versions/versions-view-store";
import { PublishDialog } from "./publish-dialog";

/** The editor top bar's Versions, Export and Publish buttons, with their dialogs. */
export function VersionActions({ controller }: { controller: AutosaveController }) {
  const [publishing, setPublishing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const panelOpen = useVersionsView((state) => state.panelOpen);
  return (
    <>
      <Button variant="ghost" size="sm" aria-pressed={panelOpen} onClick={() => useVersionsView.getState().setPanelOpen(!panelOpen)}>
        <History aria-hidden className="size-4" /> Versions
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setExporting(true)}>
        <PackageOpen aria-hidden className="size-4" /> Export
      </Button>
      <Button variant="primary" size="sm" onClick={() => setPublishing(true)}>
        <Rocket aria-hidden className="size-4" /> Publish
      </Button>
      <PublishDialog open={publishing} onOpenChange={setPublishing} controller={controller} />
      <ExportDialog open={exporting} onOpenChange={setExporting} />
    </>
  );
}
