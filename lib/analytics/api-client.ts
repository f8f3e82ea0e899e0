import { queryOptions } from "@tanstack/react-query";
import { requestJson } from "@/lib/api/api-error";
import type { PhraseGroup } from "./cluster-phrases";
import type { AnalyticsDashboard, TranscriptSample } from "./dashboard-types";
import type { RangePreset } from "./date-range";

/** What the analytics page asks for: a range preset (custom: from/to days) and maybe one version. */
export interface AnalyticsParams {
  range: RangePreset;
  from?: string;
  to?: string;
  version?: number | null;
}

/** `GET /api/flows/:id/analytics` */
export interface DashboardResponse extends AnalyticsDashboard {
  range: { from: number; to: number };
  version: number | null;
}

const base = (flowId: string) => `/api/flows/${encodeURIComponent(flowId)}/analytics`;

/** The query string of `params` (plus extras such as `format=csv`), without empty values. */
export function analyticsSearch(params: AnalyticsParams, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams({ range: params.range });
  if (params.range === "custom") {
    if (params.from) search.set("from", params.from);
    if (params.to) search.set("to", params.to);
  }
  if (params.version !== undefined && params.version !== null) search.set("version", String(params.version));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  return search.toString();
}

/** Where a table's CSV downloads from. */
export const csvUrl = (flowId: string, path: "" | "/not-understood" | "/samples", params: AnalyticsParams, extra: Record<string, string> = {}) =>
  `${base(flowId)}${path}?${analyticsSearch(params, { ...extra, format: "csv" })}`;

export const getDashboard = (flowId: string, params: AnalyticsParams) => requestJson<DashboardResponse>(`${base(flowId)}?${analyticsSearch(params)}`);
export const getNotUnderstood = (flowId: string, params: AnalyticsParams) =>
  requestJson<{ groups: PhraseGroup[] }>(`${base(flowId)}/not-understood?${analyticsSearch(params)}`);
export const getSamples = (flowId: string, params: AnalyticsParams, nodeId: string) =>
  requestJson<{ samples: TranscriptSample[] }>(`${base(flowId)}/samples?${analyticsSearch(params, { nodeId })}`);

export const dashboardQueryOptions = (flowId: string, params: AnalyticsParams) =>
  queryOptions({ queryKey: ["analytics", flowId, "dashboard", params], queryFn: () => getDashboard(flowId, params) });
export const notUnderstoodQueryOptions = (flowId: string, params: AnalyticsParams) =>
  queryOptions({ queryKey: ["analytics", flowId, "not-understood", params], queryFn: () => getNotUnderstood(flowId, params) });
export const samplesQueryOptions = (flowId: string, params: AnalyticsParams, nodeId: string) =>
  queryOptions({ queryKey: ["analytics", flowId, "samples", params, nodeId], queryFn: () => getSamples(flowId, params, nodeId) });
