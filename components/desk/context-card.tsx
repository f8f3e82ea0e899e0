import type { ContextCard as Context } from "@/lib/api/live";
import { PriorityBadge, TriggerBadge } from "./trigger-badge";

/**
 * What the agent reads before answering: why the bot handed over and where, what it understood
 * last (with its confidence), the variables the designer chose to pass, and a short summary.
 * Values are shown as text (JSON for structured ones), never as markup.
 */
export function ContextCard({ context }: { context: Context }) {
  const variables = Object.entries(context.variables);
  return (
    <section aria-label="Context" data-testid="context-card" className="border-b border-slate-200 bg-slate-50 px-4 py-3 text-xs">
      <div className="flex flex-wrap items-center gap-1.5">
        <TriggerBadge trigger={context.trigger} />
        <PriorityBadge priority={context.priority} />
        <span className="text-slate-600">
          queue <strong className="text-slate-900">{context.queue}</strong>
        </span>
      </div>
      {context.summary ? <p className="mt-2 text-sm text-slate-900">{context.summary}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-slate-500">Node</dt>
        <dd>
          <code>{context.nodeId}</code>
          {context.handoffNodeId !== context.nodeId ? (
            <span className="text-slate-500">
              {" "}
              → <code>{context.handoffNodeId}</code>
            </span>
          ) : null}
        </dd>
        <dt className="text-slate-500">Last intent</dt>
        <dd>{context.lastIntent?.intent ? `${context.lastIntent.intent} (${context.lastIntent.score.toFixed(2)})` : "none recognised"}</dd>
        <dt className="text-slate-500">Conversation</dt>
        <dd>
          {context.conversation.userMessages} user messages
          {context.conversation.noMatches > 0 ? ` · ${context.conversation.noMatches} not understood` : ""}
          {context.conversation.negativeMessages > 0 ? ` · ${context.conversation.negativeMessages} negative` : ""}
        </dd>
        {variables.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}</dt>
            <dd className="truncate font-mono" title={showValue(value)}>
              {showValue(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function showValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "—";
  return JSON.stringify(value);
}
