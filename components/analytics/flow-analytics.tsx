"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { intentTargets } from "@/lib/analytics/add-examples";
import { csvUrl, dashboardQueryOptions, notUnderstoodQueryOptions, type AnalyticsParams } from "@/lib/analytics/api-client";
import { flowQueryOptions } from "@/lib/api/flows";
import { nodeTitle } from "@/lib/editor/node-text";
import { AnalyticsFilters } from "./analytics-filters";
import { HandoffFunnel } from "./handoff-funnel";
import { HeatCanvas } from "./heat-canvas";
import { KpiCards } from "./kpi-cards";
import { NodeSamplesDialog } from "./node-samples-dialog";
import { NodeTable } from "./node-table";
import { NotUnderstoodPanel } from "./not-understood-panel";
import { Section } from "./section";
import { TrendChart } from "./trend-chart";
import { TriggerBreakdown } from "./trigger-breakdown";
import { VersionCompare } from "./version-compare";

/**
 * `/flows/[id]/analytics`: where and why this flow hands users to people — KPIs, trend, triggers,
 * nodes (with the heat canvas), the protocol funnel, what the bot did not understand (one click
 * from an intent), and version against version.
 */
export function FlowAnalytics({ flowId }: { flowId: string }) {
  const [params, setParams] = useState<AnalyticsParams>({ range: "30d", version: null });
  const [picked, setPicked] = useState<string | null>(null);
  const flow = useQuery(flowQueryOptions(flowId));
  const dashboard = useQuery({ ...dashboardQueryOptions(flowId, params), placeholderData: (previous) => previous });
  const phrases = useQuery({ ...notUnderstoodQueryOptions(flowId, params), placeholderData: (previous) => previous });
  const document = flow.data?.flow.document;
  const targets = useMemo(() => (document ? intentTargets(document) : []), [document]);
  const titleOf = useMemo(() => {
    const byId = new Map((document?.nodes ?? []).map((node) => [node.id, nodeTitle(node)]));
    return (nodeId: string) => byId.get(nodeId) ?? "(deleted node)";
  }, [document]);
  const versions = useMemo(() => dashboard.data?.versions.map((row) => row.version) ?? [], [dashboard.data]);
  const error = flow.error ?? dashboard.error;

  return (
    <main className="mx-auto w-full max-w-7xl space-y-4 overflow-auto px-6 py-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <div className="text-xs text-slate-500">
            <Link href="/analytics" className="hover:underline">Analytics</Link> /
          </div>
          <h1 className="text-xl font-semibold">{flow.data?.flow.name ?? "Flow"} — handoffs</h1>
          <p className="text-sm text-slate-600">
            Where and why conversations go to a person. <Link href={`/flows/${encodeURIComponent(flowId)}`} className="text-sky-700 hover:underline">Open in the editor</Link>
          </p>
        </div>
        <AnalyticsFilters params={params} versions={versions} onChange={setParams} />
      </div>

      {error ? <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">Couldn&apos;t load analytics: {error.message}</p> : null}
      {dashboard.isPending && !error ? <div className="flex items-center gap-2 text-sm text-slate-600"><Spinner /> Loading analytics…</div> : null}

      {dashboard.data ? (
        <>
          <KpiCards kpis={dashboard.data.kpis} triggers={dashboard.data.byTrigger} />
          <Section title="Over time" description="Conversations, handoffs and not-understood messages per day (UTC)." csvHref={csvUrl(flowId, "", params, { table: "trend" })}>
            <TrendChart points={dashboard.data.trend} />
          </Section>
          <Section title="Where handoffs fire" description="Handoffs and no-match rate per node. Click a node for its transcripts." csvHref={csvUrl(flowId, "", params, { table: "nodes" })}>
            {document ? <HeatCanvas document={document} rows={dashboard.data.byNode} onPickNode={setPicked} /> : <Spinner />}
          </Section>
          <div className="grid gap-4 lg:grid-cols-2">
            <Section title="Why: by trigger" csvHref={csvUrl(flowId, "", params, { table: "triggers" })}>
              <TriggerBreakdown rows={dashboard.data.byTrigger} />
            </Section>
            <Section title="The protocol" description="What happened once a handoff was triggered." csvHref={csvUrl(flowId, "", params, { table: "funnel" })}>
              <HandoffFunnel funnel={dashboard.data.funnel} />
            </Section>
          </div>
          <Section title="By node" csvHref={csvUrl(flowId, "", params, { table: "nodes" })}>
            <NodeTable rows={dashboard.data.byNode} titleOf={titleOf} onPickNode={setPicked} />
          </Section>
          <div className="grid gap-4 lg:grid-cols-2">
            <Section title="What the bot did not understand" description="The users' messages at no-matches, grouped by similarity." csvHref={csvUrl(flowId, "/not-understood", params)}>
              {phrases.data ? <NotUnderstoodPanel flowId={flowId} groups={phrases.data.groups} targets={targets} /> : <Spinner />}
            </Section>
            <Section title="Version against version" csvHref={csvUrl(flowId, "", params, { table: "versions" })}>
              <VersionCompare rows={dashboard.data.versions} />
            </Section>
          </div>
        </>
      ) : null}
      {picked ? <NodeSamplesDialog flowId={flowId} params={params} nodeId={picked} title={`${picked}: ${titleOf(picked)}`} onClose={() => setPicked(null)} /> : null}
    </main>
  );
}
