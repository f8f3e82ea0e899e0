"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ApiError, saveAgent, type LiveAgent } from "@/lib/api/live";
import type { UserRecord } from "@/lib/auth/records";
import { fieldErrorsOf } from "@/lib/desk/field-errors";
import { validateAgentDraft, type AgentDraft } from "./agent-form";

/**
 * Makes a user an agent (or edits one): the name users see, the queues they answer, how many
 * chats they take at once. Only users with the agent or admin role can be picked.
 */
export function AgentFormDialog(props: Parameters<typeof OpenAgentFormDialog>[0]) {
  // mounted only while open, so every opening starts from the props
  return props.open ? <OpenAgentFormDialog {...props} /> : null;
}

function OpenAgentFormDialog({
  open,
  agent,
  users,
  queueNames,
  onOpenChange,
  onSaved,
}: {
  open: boolean;
  agent: LiveAgent | null;
  /** Users who may become agents (not yet agents, unless it is the one being edited). */
  users: readonly UserRecord[];
  queueNames: readonly string[];
  onOpenChange: (open: boolean) => void;
  onSaved: (agent: LiveAgent) => void;
}) {
  const [draft, setDraft] = useState<AgentDraft>(() =>
    agent ? { userId: agent.userId, displayName: agent.displayName, queues: [...agent.queues], maxConcurrent: String(agent.maxConcurrent) } : { userId: "", displayName: "", queues: [], maxConcurrent: "3" },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validateAgentDraft(draft);
    setErrors(found);
    setFormError(null);
    if (!input) return;
    setBusy(true);
    try {
      onSaved((await saveAgent(input)).agent);
      onOpenChange(false);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fields = fieldErrorsOf(caught.details);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(caught.message);
      } else setFormError("Could not reach Baton. Try again.");
    } finally {
      setBusy(false);
    }
  }

  const allQueues = [...new Set([...queueNames, ...draft.queues])].sort();
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={agent ? `Edit agent ${agent.displayName}` : "Add agent"} description="Agents answer handed-off users in the desk.">
      <form onSubmit={submit} noValidate className="space-y-3">
        <Field label="User" htmlFor="agent-user" error={errors.userId} hint={users.length === 0 && !agent ? "Add a user with the Agent role under Users & roles first." : undefined}>
          <Select
            id="agent-user"
            value={draft.userId}
            disabled={agent !== null}
            aria-invalid={errors.userId ? true : undefined}
            onChange={(event) => {
              const user = users.find((item) => item.id === event.target.value);
              setDraft({ ...draft, userId: event.target.value, displayName: draft.displayName || (user?.name ?? "") });
            }}
          >
            {agent ? <option value={agent.userId}>{agent.email}</option> : <option value="">Pick a user…</option>}
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Display name" htmlFor="agent-name" error={errors.displayName} hint="Shown to users: “Sam has joined the conversation.”">
          <Input id="agent-name" value={draft.displayName} onChange={(event) => setDraft({ ...draft, displayName: event.target.value })} aria-invalid={errors.displayName ? true : undefined} />
        </Field>
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-slate-700">Queues</legend>
          {allQueues.length === 0 ? <p className="text-xs text-slate-500">No queues yet: add them in the Queues tab.</p> : null}
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {allQueues.map((name) => (
              <label key={name} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={draft.queues.includes(name)}
                  onChange={(event) => setDraft({ ...draft, queues: event.target.checked ? [...draft.queues, name] : draft.queues.filter((item) => item !== name) })}
                />
                {name}
              </label>
            ))}
          </div>
          {errors.queues ? <p role="alert" className="text-xs text-rose-600">{errors.queues}</p> : null}
        </fieldset>
        <Field label="Max concurrent chats" htmlFor="agent-max" error={errors.maxConcurrent}>
          <Input id="agent-max" inputMode="numeric" className="w-24" value={draft.maxConcurrent} onChange={(event) => setDraft({ ...draft, maxConcurrent: event.target.value })} aria-invalid={errors.maxConcurrent ? true : undefined} />
        </Field>
        {formError ? <p role="alert" className="text-sm text-rose-700">{formError}</p> : null}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Saving…" : agent ? "Save agent" : "Add agent"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
