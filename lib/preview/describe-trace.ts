import type { TraceEntry } from "@/lib/runtime";

/**
 * One trace entry as a line of the debug list: "entered menu (intent)", "menu → refund",
 * "intent refund (0.91)", "trigger user_request at menu → support_handoff", "effect call_webhook".
 */
export function describeTrace(entry: TraceEntry): string {
  switch (entry.type) {
    case "node_entered":
      return `entered ${entry.nodeId} (${entry.kind})`;
    case "port_taken":
      return `${entry.nodeId} → ${entry.port}${entry.target === null ? " (unconnected)" : ` → ${entry.target}`}`;
    case "intent_matched":
      return `intent ${entry.intent} (${entry.score.toFixed(2)})`;
    case "no_match":
      return `no match${entry.score === null ? "" : ` (best ${entry.score.toFixed(2)})`}, ${entry.count} in a row`;
    case "fallback_attempt":
      return `fallback attempt ${entry.attempt} for ${entry.failedNodeId}`;
    case "trigger_fired":
      return `trigger ${entry.trigger} at ${entry.nodeId}${entry.target ? ` → ${entry.target}` : " (no handler)"}`;
    case "handoff_status":
      return `handoff ${entry.handoffId} ${entry.status} (queue ${entry.queue})`;
    case "effect_issued":
      return `effect ${entry.effect} (${entry.effectId})`;
    case "variable_set":
      return `set ${entry.name}`;
    case "conversation_ended":
      return "conversation ended";
    case "event_ignored":
      return `ignored ${entry.event}: ${entry.reason.replaceAll("_", " ")}`;
    case "error":
      return `error ${entry.code}: ${entry.message}`;
  }
}

/** The node a trace entry is about, if any (a click on the line selects it). */
export function traceNodeId(entry: TraceEntry): string | null {
  return entry.nodeId;
}
