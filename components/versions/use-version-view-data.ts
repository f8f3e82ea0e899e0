"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useDocumentStore } from "@/lib/editor/document-store";
import type { FlowDocument } from "@/lib/flow";
import { versionQueryOptions } from "@/lib/versions/api";
import { diffDocuments, type DocumentDiff } from "@/lib/versions/diff";
import type { VersionView } from "@/lib/versions/versions-view-store";

/** What a version view shows: the document on screen and, for a comparison, the diff that led to it. */
export type VersionViewData =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; document: FlowDocument; diff: DocumentDiff | null };

/**
 * Loads what `view` needs: one version's document, or both sides of a comparison and their diff
 * (the draft side follows the live draft). Versions never change, so each is fetched once.
 */
export function useVersionViewData(flowId: string, view: VersionView | null): VersionViewData {
  const first = view === null ? null : view.kind === "version" ? view.version : view.from;
  const second = view?.kind === "diff" && view.to !== "draft" ? view.to : null;
  const a = useQuery({ ...versionQueryOptions(flowId, first ?? 0), enabled: first !== null });
  const b = useQuery({ ...versionQueryOptions(flowId, second ?? 0), enabled: second !== null });
  const draft = useDocumentStore((state) => state.document);
  const from = a.data?.version.document;
  const to = view?.kind === "diff" ? (view.to === "draft" ? draft : b.data?.version.document) : undefined;
  const diff = useMemo(() => (from && to ? diffDocuments(from, to) : null), [from, to]);

  if (view === null) return { status: "loading" };
  const failed = a.error ?? b.error;
  if (failed) return { status: "error", message: failed.message };
  if (!from) return { status: "loading" };
  if (view.kind === "version") return { status: "ready", document: from, diff: null };
  if (!to) return { status: "loading" };
  return { status: "ready", document: to, diff };
}
