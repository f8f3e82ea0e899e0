"use client";

import { useQuery } from "@tanstack/react-query";
import { format } from "date-fns";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { fetchAudit, settingsKeys } from "./settings-api";

const ACTION_LABELS: Record<string, string> = {
  "setup.admin_created": "created the first admin",
  "user.created": "added a user",
  "user.role_changed": "changed a role",
  "user.disabled": "disabled a user",
  "user.enabled": "enabled a user",
  "user.deleted": "deleted a user",
  "account.password_changed": "changed their password",
  "api_key.created": "created an API key",
  "api_key.revoked": "revoked an API key",
  "settings.changed": "changed settings",
  "flow.published": "published a flow",
};

/** The last 200 security-relevant changes, newest first. */
export function AuditLogPanel() {
  const { data, error, isPending } = useQuery({ queryKey: settingsKeys.audit, queryFn: fetchAudit });
  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;
  if (data.length === 0) return <EmptyState title="Nothing recorded yet">Changes to users, roles, API keys and settings appear here.</EmptyState>;
  return (
    <table aria-label="Audit log" className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          <th className="px-3 py-2 font-medium">When</th>
          <th className="px-3 py-2 font-medium">Who</th>
          <th className="px-3 py-2 font-medium">What</th>
          <th className="px-3 py-2 font-medium">Details</th>
        </tr>
      </thead>
      <tbody>
        {data.map((entry) => (
          <tr key={entry.id} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap px-3 py-2 text-slate-600">{format(new Date(entry.at), "yyyy-MM-dd HH:mm:ss")}</td>
            <td className="px-3 py-2">{entry.actorEmail ?? <span className="text-slate-500">Baton</span>}</td>
            <td className="px-3 py-2">
              {ACTION_LABELS[entry.action] ?? entry.action}
              {entry.target ? <span className="text-slate-600"> · {entry.target}</span> : null}
            </td>
            <td className="px-3 py-2 font-mono text-xs text-slate-500">{entry.details === null ? "" : JSON.stringify(entry.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
