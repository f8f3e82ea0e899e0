"use client";

import { cn } from "@/components/ui/cn";
import { useKnownVariables } from "../fields/use-known-variables";

/** Picks the variables copied onto the agent's context card: the flow's variables as toggles. */
export function ContextVariablesField({ value, onChange, error }: { value: readonly string[]; onChange(value: string[]): void; error?: string }) {
  const known = useKnownVariables().filter((variable) => variable.source !== "built-in");
  const names = [...known.map((variable) => variable.name), ...value.filter((name) => !known.some((variable) => variable.name === name))];
  const toggle = (name: string) => onChange(value.includes(name) ? value.filter((current) => current !== name) : [...value, name]);
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-medium text-slate-700">Context variables</legend>
      {names.length === 0 ? <p className="text-xs text-slate-500">The flow has no variables yet (declare them in Flow settings, or ask a Question).</p> : null}
      <div className="flex flex-wrap gap-1.5">
        {names.map((name) => {
          const on = value.includes(name);
          return (
            <button
              key={name}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(name)}
              className={cn("rounded-full border px-2 py-0.5 font-mono text-xs", on ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}
            >
              {name}
            </button>
          );
        })}
      </div>
      {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : <p className="text-xs text-slate-500">Shown to the agent on the context card.</p>}
    </fieldset>
  );
}
