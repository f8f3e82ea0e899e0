"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { FlowDocument, JsonValue } from "@/lib/flow";
import type { PreviewSession, PreviewSnapshot } from "@/lib/preview/preview-session";
import { queueOf, webhookOf, type HoursMode, type PreviewQueue, type PreviewWebhook, type PreviewWorld } from "@/lib/preview/preview-world";

/**
 * The simulated world under the tester's control: agents and hours per queue, the clock, how each
 * Webhook node's call answers, tickets and callbacks, and fast-forwarding the handoff wait.
 * Changes apply from the next thing the conversation does.
 */
export function WorldControls({ session, snapshot, document }: { session: PreviewSession; snapshot: PreviewSnapshot; document: FlowDocument }) {
  const world = snapshot.world;
  const set = (change: Partial<PreviewWorld>) => session.setWorld({ ...world, ...change });
  const setQueue = (name: string, change: Partial<PreviewQueue>) => set({ queues: { ...world.queues, [name]: { ...queueOf(world, name), ...change } } });
  const setWebhook = (nodeId: string, change: Partial<PreviewWebhook>) => set({ webhooks: { ...world.webhooks, [nodeId]: { ...webhookOf(world, nodeId), ...change } } });
  const queues = queueNames(document);
  const webhooks = document.nodes.flatMap((node) => (node.kind === "webhook" ? [{ id: node.id, url: node.config.url }] : []));
  return (
    <div className="space-y-4 p-3 text-sm">
      {snapshot.replaying ? <p className="rounded bg-sky-50 p-2 text-xs text-sky-800">Replaying “{snapshot.replaying}” in its test world; changing anything here switches back to these controls.</p> : null}
      <section aria-label="Queues" className="space-y-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Queues</h3>
        {queues.map((name) => {
          const queue = queueOf(world, name);
          return (
            <div key={name} className="grid grid-cols-[1fr_7rem_9rem] items-center gap-2">
              <span className="truncate font-medium">{name}</span>
              <Select aria-label={`Agents in ${name}`} className="h-8" value={queue.agents} onChange={(event) => setQueue(name, { agents: readAgents(event.target.value) })}>
                <option value="online">online</option>
                <option value="busy">busy</option>
                <option value="offline">offline</option>
              </Select>
              <Select aria-label={`Hours of ${name}`} className="h-8" value={queue.hours} onChange={(event) => setQueue(name, { hours: readHours(event.target.value) })}>
                <option value="open">open</option>
                <option value="closed">closed</option>
                <option value="office_hours">Mon–Fri 9–17</option>
              </Select>
            </div>
          );
        })}
      </section>
      <section aria-label="Clock" className="space-y-1">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Clock (UTC)</h3>
        <Input
          type="datetime-local"
          aria-label="Simulated time"
          className="h-8"
          value={world.clock.slice(0, 16)}
          onChange={(event) => {
            const time = Date.parse(`${event.target.value}:00Z`);
            if (!Number.isNaN(time)) set({ clock: new Date(time).toISOString() });
          }}
        />
      </section>
      {webhooks.length > 0 ? (
        <section aria-label="Webhooks" className="space-y-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Webhooks</h3>
          {webhooks.map((hook) => (
            <WebhookControl key={hook.id} nodeId={hook.id} url={hook.url} answer={webhookOf(world, hook.id)} onChange={(change) => setWebhook(hook.id, change)} />
          ))}
        </section>
      ) : null}
      <section aria-label="Tickets and callbacks" className="grid grid-cols-2 gap-2">
        <label className="space-y-1 text-xs">
          <span className="font-semibold uppercase tracking-wide text-slate-500">Tickets</span>
          <Select aria-label="Tickets" className="h-8" value={world.tickets} onChange={(event) => set({ tickets: event.target.value === "fail" ? "fail" : "ok" })}>
            <option value="ok">created</option>
            <option value="fail">fail</option>
          </Select>
        </label>
        <label className="space-y-1 text-xs">
          <span className="font-semibold uppercase tracking-wide text-slate-500">Callbacks</span>
          <Select aria-label="Callbacks" className="h-8" value={world.callbacks} onChange={(event) => set({ callbacks: event.target.value === "fail" ? "fail" : event.target.value === "no_slots" ? "no_slots" : "ok" })}>
            <option value="ok">scheduled</option>
            <option value="no_slots">no free slots</option>
            <option value="fail">fail</option>
          </Select>
        </label>
      </section>
      <Button size="sm" disabled={snapshot.state?.status !== "queued"} onClick={() => void session.fastForward()}>
        Fast-forward the handoff wait
      </Button>
    </div>
  );
}

function WebhookControl({ nodeId, url, answer, onChange }: { nodeId: string; url: string; answer: PreviewWebhook; onChange: (change: Partial<PreviewWebhook>) => void }) {
  const [text, setText] = useState(() => JSON.stringify(answer.json, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1 rounded border border-slate-200 p-2">
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate text-xs" title={url}>
          <span className="font-medium">{nodeId}</span> <span className="text-slate-500">{url}</span>
        </span>
        <div className="w-32 shrink-0">
          <Select aria-label={`Webhook ${nodeId} answer`} className="h-8" value={answer.mode} onChange={(event) => onChange({ mode: readMode(event.target.value) })}>
            <option value="success">success</option>
            <option value="error">error</option>
            <option value="timeout">timeout</option>
          </Select>
        </div>
        {answer.mode === "error" ? (
          <div className="w-20 shrink-0">
            <Input
              aria-label={`Webhook ${nodeId} status`}
              type="number"
              min={100}
              max={599}
              className="h-8"
              value={answer.status}
              onChange={(event) => {
                const status = Number(event.target.value);
                if (Number.isInteger(status) && status >= 100 && status <= 599) onChange({ status });
              }}
            />
          </div>
        ) : null}
      </div>
      {answer.mode === "success" ? (
        <>
          <Textarea
            aria-label={`Webhook ${nodeId} sample JSON`}
            aria-invalid={error !== null}
            className="min-h-16 font-mono text-xs"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => {
              const parsed = parseJson(text);
              if (parsed === undefined) setError("Not valid JSON: the previous sample is still used.");
              else {
                setError(null);
                onChange({ json: parsed });
              }
            }}
          />
          {error ? <p className="text-xs text-rose-600">{error}</p> : null}
        </>
      ) : null}
    </div>
  );
}

/** Every queue the flow names: its settings' list, the default queue and the nodes' own. */
function queueNames(document: FlowDocument): string[] {
  const names = new Set<string>(document.settings.queues);
  names.add(document.settings.defaultQueue);
  for (const node of document.nodes) if ((node.kind === "handoff" || node.kind === "ticket" || node.kind === "callback") && node.config.queue) names.add(node.config.queue);
  return [...names].filter(Boolean);
}

function parseJson(text: string): JsonValue | undefined {
  try {
    const value: JsonValue = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}

const readAgents = (value: string): PreviewQueue["agents"] => (value === "offline" ? "offline" : value === "busy" ? "busy" : "online");
const readHours = (value: string): HoursMode => (value === "closed" ? "closed" : value === "office_hours" ? "office_hours" : "open");
const readMode = (value: string): PreviewWebhook["mode"] => (value === "error" ? "error" : value === "timeout" ? "timeout" : "success");
