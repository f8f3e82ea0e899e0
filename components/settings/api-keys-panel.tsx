"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { CreateApiKeyDialog } from "./create-api-key-dialog";
import { fetchApiKeys, revokeApiKey, settingsKeys } from "./settings-api";

/** API keys for scripts and servers (e.g. fetching published bundles): create, see use, revoke. */
export function ApiKeysPanel() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: settingsKeys.apiKeys, queryFn: fetchApiKeys });
  const [creating, setCreating] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys });
    void queryClient.invalidateQueries({ queryKey: settingsKeys.audit });
  };
  const revoke = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => {
      toast.success("Key revoked: requests using it are refused from now on");
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });

  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;

  const create = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      <KeyRound className="h-4 w-4" aria-hidden /> Create API key
    </Button>
  );
  return (
    <section aria-label="API keys">
      {data.length === 0 ? (
        <EmptyState title="No API keys yet" action={create}>
          Scripts and servers use an API key to read published flows. Each key is shown once when you create it.
        </EmptyState>
      ) : (
        <>
          <div className="flex items-center justify-between">
            <p className="text-sm text-slate-600">Send a key as <code>Authorization: Bearer baton_…</code>. Revoke keys you no longer use.</p>
            {create}
          </div>
          <ul aria-label="API keys" className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {data.map((key) => (
              <li key={key.id} aria-label={key.name} className="flex items-center gap-4 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <div className="font-medium text-slate-900">{key.name}</div>
                  <div className="text-xs text-slate-500">
                    <code>{key.prefix}…</code> · created {formatDistanceToNow(new Date(key.createdAt), { addSuffix: true })} ·{" "}
                    {key.lastUsedAt ? `last used ${formatDistanceToNow(new Date(key.lastUsedAt), { addSuffix: true })}` : "never used"}
                  </div>
                </div>
                {key.revokedAt ? (
                  <Badge tone="neutral">Revoked</Badge>
                ) : (
                  <Button size="sm" variant="ghost" className="text-rose-600" disabled={revoke.isPending} onClick={() => revoke.mutate(key.id)}>
                    Revoke
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} onCreated={refresh} />
    </section>
  );
}
