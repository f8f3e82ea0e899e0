import { queryOptions } from "@tanstack/react-query";
import { requestJson } from "@/lib/api/api-error";
import type { Problem } from "@/lib/flow";
import type { FlowVersionDetail, FlowVersionSummary, PublishRefusal } from "./types";

export { ApiError } from "@/lib/api/api-error";

const base = (flowId: string) => `/api/flows/${encodeURIComponent(flowId)}`;

/** Publishes the saved draft at `revision`: 409 when stale, 422 (`PublishRefusal` details) with errors. */
export const publishFlow = (flowId: string, input: { revision: number; note: string }) =>
  requestJson<{ version: FlowVersionSummary }>(`${base(flowId)}/publish`, { method: "POST", body: JSON.stringify(input) });
export const listVersions = (flowId: string) => requestJson<{ versions: FlowVersionSummary[] }>(`${base(flowId)}/versions`);
export const getVersion = (flowId: string, version: number) =>
  requestJson<{ version: FlowVersionDetail }>(`${base(flowId)}/versions/${version}`);

/** Same-origin URLs for the export dialog's downloads (the session cookie authorises them). */
export const bundleDownloadUrl = (flowId: string, version: number) => `${base(flowId)}/bundle?version=${version}&download=1`;
export const exportZipUrl = (flowId: string, version: number) => `${base(flowId)}/export?version=${version}`;

export const versionsQueryOptions = (flowId: string) =>
  queryOptions({ queryKey: ["flows", flowId, "versions"], queryFn: () => listVersions(flowId) });
/** A version never changes, so it is fetched once per session. */
export const versionQueryOptions = (flowId: string, version: number) =>
  queryOptions({ queryKey: ["flows", flowId, "versions", version], queryFn: () => getVersion(flowId, version), staleTime: Infinity });

/** The blocking problems of a refused publish, or null when the details are something else. */
export function publishRefusal(details: unknown): PublishRefusal | null {
  if (typeof details !== "object" || details === null || !("problems" in details) || !Array.isArray(details.problems)) return null;
  const problems: Problem[] = details.problems.filter(isProblem);
  const warnings = "warnings" in details && typeof details.warnings === "number" ? details.warnings : 0;
  return { problems, warnings };
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "message" in value && typeof value.message === "string" && "severity" in value;
}
