"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Headset } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { fetchUsers, settingsKeys } from "@/components/settings/settings-api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { deleteAgent, listAgents, listQueues, type LiveAgent, type Presence } from "@/lib/api/live";
import { queuesKey } from "../queues/queues-panel";
import { AgentFormDialog } from "./agent-form-dialog";

const agentsKey = ["settings", "agents"] as const;
const PRESENCE_TONE: Record<Presence, "success" | "warning" | "neutral"> = { online: "success", away: "warning", offline: "neutral" };

/** The people who answer chats: their queues, capacity, presence and current load. */
export function AgentsPanel() {
  const queryClient = useQueryClient();
  const agents = useQuery({ queryKey: agentsKey, queryFn: listAgents });
  const users = useQuery({ queryKey: settingsKeys.users, queryFn: fetchUsers });
  const queues = useQuery({ queryKey: queuesKey, queryFn: listQueues });
  const [editing, setEditing] = useState<{ agent: LiveAgent | null } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: agentsKey });
  const remove = useMutation({
    mutationFn: (agent: LiveAgent) => deleteAgent(agent.userId),
    onSuccess: (_, agent) => {
      toast.success(`${agent.displayName} no longer receives chats`);
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });

  if (agents.isPending) return <Spinner />;
  if (agents.error) return <p role="alert" className="text-sm text-rose-700">{agents.error.message}</p>;
  const taken = new Set(agents.data.agents.map((agent) => agent.userId));
  const candidates = (users.data?.users ?? []).filter((user) => !user.disabled && (user.role === "agent" || user.role === "admin") && !taken.has(user.id));
  const queueNames = (queues.data?.queues ?? []).map((queue) => queue.name);
  const add = (
    <Button variant="primary" onClick={() => setEditing({ agent: null })}>
      <Headset className="size-4" aria-hidden /> Add agent
    </Button>
  );
  return (
    <section aria-label="Agents">
      {agents.data.agents.length === 0 ? (
        <EmptyState title="No agents yet" action={add}>
          Make a user with the Agent role an agent: pick their queues and how many chats they take at once.
        </EmptyState>
      ) : (
        <>
          <div className="flex items-center justify-between">
            <p className="text-sm text-slate-600">Routing sends a handoff to an online agent of its queue with a free chat slot.</p>
            {add}
          </div>
          <table aria-label="Agents" className="mt-4 w-full rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2 font-medium">Agent</th>
                <th className="px-3 py-2 font-medium">Queues</th>
                <th className="px-3 py-2 font-medium">Chats</th>
                <th className="px-3 py-2 font-medium">Presence</th>
                <th className="px-3 py-2 font-medium sr-only">Actions</th>
              </tr>
            </thead>
            <tbody>
              {agents.data.agents.map((agent) => (
                <tr key={agent.userId} aria-label={agent.displayName} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <div className="font-medium text-slate-900">{agent.displayName}</div>
                    <div className="text-xs text-slate-500">{agent.email}</div>
                  </td>
                  <td className="px-3 py-2 text-xs">{agent.queues.length > 0 ? agent.queues.join(", ") : <span className="text-slate-500">none</span>}</td>
                  <td className="px-3 py-2 text-xs tabular-nums">
                    {agent.activeChats} / {agent.maxConcurrent}
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={PRESENCE_TONE[agent.presence]}>{agent.presence}</Badge>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <div className="flex justify-end gap-2">
                      <Button size="sm" onClick={() => setEditing({ agent })}>
                        Edit
                      </Button>
                      <Button size="sm" variant="ghost" className="text-rose-600" disabled={remove.isPending} onClick={() => remove.mutate(agent)}>
                        Remove
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <AgentFormDialog
        open={editing !== null}
        agent={editing?.agent ?? null}
        users={candidates}
        queueNames={queueNames}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        onSaved={(agent) => {
          toast.success(`${agent.displayName} saved`);
          refresh();
        }}
      />
    </section>
  );
}
