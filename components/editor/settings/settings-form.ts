import type { FlowSettings } from "@/lib/flow";
import type { Draft } from "../inspector/fields/use-draft";

/** The flow settings draft every section of the panel edits. */
export type SettingsForm = Draft<FlowSettings>;

/** `settings` without the optional key `key` — how a select's "none" clears a node pointer. */
export function withOptional<K extends "defaultFallbackNodeId" | "errorHandlerNodeId">(settings: FlowSettings, key: K, value: string | undefined): FlowSettings {
  const next = { ...settings };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
