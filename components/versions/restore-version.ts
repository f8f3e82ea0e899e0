import { toast } from "sonner";
import { useDocumentStore } from "@/lib/editor/document-store";
import type { FlowVersionDetail } from "@/lib/versions/types";
import { useVersionsView } from "@/lib/versions/versions-view-store";

/**
 * Puts a version's document back as the draft: one undoable step ("Restore v3") that autosave saves
 * like any edit, then shows the draft again. Published versions are not touched.
 */
export function restoreVersion(version: FlowVersionDetail): void {
  const store = useDocumentStore.getState();
  store.applyDocument(version.document, `Restore v${version.version}`);
  useVersionsView.getState().show(null);
  toast.success(`Restored v${version.version} into the draft`, {
    description: "Publish to make it live again.",
    action: { label: "Undo", onClick: () => useDocumentStore.getState().undo() },
  });
}
