import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { requestJson } from "./api-error";

export { ApiError } from "./api-error";

export interface FlowSummary {
  id: string;
  name: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  nodeCount: number;
}

export interface Flow extends Omit<FlowSummary, "nodeCount"> {
  document: FlowDocument;
}

/** Details of a 409 from `saveFlow`: the flow as it is now on the server. */
export interface ConflictDetails {
  currentRevision: number;
  yourRevision: number;
  current: Flow;
}

export const listFlows = () => requestJson<{ flows: FlowSummary[] }>("/api/flows");
export const getFlow = (id: string) => requestJson<{ flow: Flow }>(`/api/flows/${encodeURIComponent(id)}`);
export const createFlow = (input: { name: string; document?: FlowDocument }) =>
  requestJson<{ flow: Flow }>("/api/flows", { method: "POST", body: JSON.stringify(input) });
export const saveFlow = (id: string, input: { revision: number; document?: FlowDocument; name?: string }) =>
  requestJson<{ flow: Flow }>(`/api/flows/${encodeURIComponent(id)}`, { method: "PUT", body: JSON.stringify(input) });
export const duplicateFlow = (id: string) =>
  requestJson<{ flow: Flow }>(`/api/flows/${encodeURIComponent(id)}/duplicate`, { method: "POST" });
export const deleteFlow = (id: string) => requestJson<{ flow: Flow }>(`/api/flows/${encodeURIComponent(id)}`, { method: "DELETE" });
export const restoreFlow = (id: string) =>
  requestJson<{ flow: Flow }>(`/api/flows/${encodeURIComponent(id)}/restore`, { method: "POST" });
/** Sends a document file's text as is, so the server reports problems with their JSON paths. */
export const importFlow = (fileText: string) => requestJson<{ flow: Flow }>("/api/flows/import", { method: "POST", body: fileText });

export const flowsQueryOptions = () => queryOptions({ queryKey: ["flows"], queryFn: listFlows });
export const flowQueryOptions = (id: string) => queryOptions({ queryKey: ["flows", id], queryFn: () => getFlow(id) });

/** Reads ConflictDetails out of a 409's details, or null when they are not there. */
export function conflictDetails(details: unknown): ConflictDetails | null {
  const parsed = conflictDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data : null;
}

const conflictDetailsSchema = z.object({
  currentRevision: z.number(),
  yourRevision: z.number(),
  current: z.object({
    id: z.string(),
    name: z.string(),
    revision: z.number(),
    document: flowDocumentSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  }),
});
