/**
 * Every kind of problem `validate()` reports, in the order the rules run. The editor keys icons and
 * help links on these codes, the CLI prints them, and tests assert them — so they never change
 * meaning once published.
 */
export const problemCodes = [
  // schema
  "schema",
  "schema_version",
  "unknown_node_kind",
  // structure
  "no_start",
  "multiple_starts",
  "duplicate_node_id",
  "duplicate_edge_id",
  "edge_unknown_source",
  "edge_unknown_target",
  "edge_unknown_port",
  "duplicate_edge_from_port",
  // ports and paths
  "handoff_without_unavailable",
  "unavailable_without_ticket_or_callback",
  "failed_unconnected",
  "required_port_unconnected",
  "dead_end",
  "intent_port_unconnected",
  "unreachable",
  "loop_without_input",
  "no_fallback",
  "fallback_not_from_no_match",
  // settings
  "setting_missing_node",
  "setting_wrong_kind",
  "live_agent_disabled_without_reason",
  "live_agent_without_handoff",
  "no_handoff",
  // content
  "unknown_queue",
  "unknown_variable",
  "invalid_pattern",
  "duplicate_intent",
  "empty_intent",
  "unsupported_operator",
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/**
 * One thing wrong (error) or risky (warning) in a flow document. `message` says what is wrong in
 * a designer's words; `hint` says how to fix it. `nodeId` / `port` place it on the canvas; a
 * problem without `nodeId` belongs to the flow (settings, or the document as a whole). Errors block
 * publishing; warnings do not.
 */
export interface Problem {
  nodeId?: string;
  port?: string;
  severity: "error" | "warning";
  code: ProblemCode;
  message: string;
  hint: string;
}

/** Builds a problem, leaving out `nodeId` / `port` when absent so problems compare cleanly. */
export function problem(
  code: ProblemCode,
  severity: Problem["severity"],
  message: string,
  hint: string,
  at: { nodeId?: string | undefined; port?: string | undefined } = {},
): Problem {
  const result: Problem = { severity, code, message, hint };
  if (at.nodeId !== undefined) result.nodeId = at.nodeId;
  if (at.port !== undefined) result.port = at.port;
  return result;
}
