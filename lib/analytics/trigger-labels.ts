import type { HandoffTrigger } from "@/lib/runtime";

/** How the dashboard names each trigger, and its chart colour. */
export const TRIGGER_LABELS: Record<HandoffTrigger, { label: string; color: string }> = {
  explicit: { label: "Explicit (Handoff node)", color: "#0ea5e9" },
  user_request: { label: "User asked for a person", color: "#8b5cf6" },
  no_match: { label: "Not understood", color: "#f43f5e" },
  error: { label: "Error", color: "#f59e0b" },
  frustration: { label: "Frustration", color: "#64748b" },
};

export const TRIGGER_ORDER: readonly HandoffTrigger[] = ["explicit", "user_request", "no_match", "error", "frustration"];
