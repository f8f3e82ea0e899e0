"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { ApiError, conflictDetails, saveFlow } from "@/lib/api/flows";
import { AutosaveController, type AutosaveState, type SaveFailure } from "@/lib/editor/autosave";
import { useDocumentStore } from "@/lib/editor/document-store";
import type { FlowDocument } from "@/lib/flow";

/**
 * Runs autosave for the open flow (`serverDocument` = what the server holds; the store may hold a
 * restored draft): feeds the controller every document change, the browser's online event and
 * page hide, and returns it. Its state is read where it is shown (`useAutosaveState`), so a save
 * re-renders the status and not the whole editor.
 */
export function useAutosave(flowId: string, serverDocument: FlowDocument): AutosaveController {
  const [controller] = useState(() => createController(flowId, serverDocument));

  useEffect(() => {
    const unsubscribe = useDocumentStore.subscribe((state, previous) => {
      if (state.document !== previous.document) controller.documentChanged();
    });
    const online = () => controller.online();
    const hide = () => controller.flushDraft();
    window.addEventListener("online", online);
    window.addEventListener("pagehide", hide);
    window.addEventListener("beforeunload", hide);
    // a draft restored on load differs from the server's document: save it now
    controller.documentChanged();
    return () => {
      unsubscribe();
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", hide);
      window.removeEventListener("beforeunload", hide);
      controller.stop();
    };
  }, [controller]);

  return controller;
}

/** The live state of `controller` (Saved / Saving / Offline / Conflict…). */
export function useAutosaveState(controller: AutosaveController): AutosaveState {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}

function createController(flowId: string, serverDocument: FlowDocument): AutosaveController {
  const store = useDocumentStore;
  return new AutosaveController(
    {
      flowId,
      getDocument: () => store.getState().document,
      getRevision: () => store.getState().revision,
      setRevision: (revision) => store.getState().setRevision(revision),
    },
    {
      save: async (input) => (await saveFlow(flowId, input)).flow.revision,
      classify,
      storage: window.localStorage,
      isOnline: () => navigator.onLine,
      setTimer: (callback, ms) => window.setTimeout(callback, ms),
      clearTimer: (handle) => {
        if (typeof handle === "number") window.clearTimeout(handle);
      },
      now: () => Date.now(),
    },
    serverDocument,
  );
}

function classify(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return { kind: "server", message: String(error), retry: true };
  if (error.status === 0) return { kind: "offline" };
  if (error.status === 409) {
    const details = conflictDetails(error.details);
    if (details) return { kind: "conflict", theirs: { revision: details.current.revision, name: details.current.name, document: details.current.document } };
  }
  return { kind: "server", message: error.message, retry: error.status >= 500 };
}
