"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus, Workflow } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { flowsQueryOptions } from "@/lib/api/flows";
import { CreateFlowDialog } from "./create-flow-dialog";
import { FlowRow } from "./flow-row";
import { ImportFlowButton } from "./import-flow-button";

/** `/`: every flow, with create, import, rename, duplicate and delete (undoable). */
export function FlowsPage() {
  const flows = useQuery(flowsQueryOptions());
  const [creating, setCreating] = useState(false);

  return (
    <main className="mx-auto w-full max-w-5xl px-6 py-8">
      <div className="mb-6 flex items-center justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">Flows</h1>
          <p className="text-sm text-slate-600">Conversation flows with their handoff protocol built in.</p>
        </div>
        <div className="flex gap-2">
          <ImportFlowButton />
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus className="h-4 w-4" aria-hidden /> New flow
          </Button>
        </div>
      </div>

      {flows.isPending ? (
        <div className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> Loading flows…
        </div>
      ) : flows.isError ? (
        <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800">
          Couldn&apos;t load the flows: {flows.error.message}{" "}
          <Button size="sm" onClick={() => void flows.refetch()}>
            Try again
          </Button>
        </div>
      ) : flows.data.flows.length === 0 ? (
        <EmptyState
          icon={<Workflow className="h-8 w-8" />}
          title="No flows yet"
          action={
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus className="h-4 w-4" aria-hidden /> Create your first flow
            </Button>
          }
        >
          A flow is a conversation your bot has — and where it hands the user to a person.
        </EmptyState>
      ) : (
        <ul aria-label="Flows" className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {flows.data.flows.map((flow) => (
            <FlowRow key={flow.id} flow={flow} />
          ))}
        </ul>
      )}

      <CreateFlowDialog open={creating} onOpenChange={setCreating} />
    </main>
  );
}
