import type { WebhookEvent, WebhookInput } from "@/lib/api/live";

export const WEBHOOK_EVENTS = [
  "handoff.requested",
  "handoff.assigned",
  "handoff.resolved",
  "handoff.handed_back",
  "ticket.created",
  "callback.scheduled",
] as const satisfies readonly WebhookEvent[];

export const EVENT_LABELS: Record<WebhookEvent, string> = {
  "handoff.requested": "A handoff is requested",
  "handoff.assigned": "An agent accepts",
  "handoff.resolved": "An agent resolves",
  "handoff.handed_back": "An agent hands back to the bot",
  "ticket.created": "A ticket is created",
  "callback.scheduled": "A callback is scheduled",
};

export interface WebhookDraft {
  url: string;
  /** Empty when editing = keep the current secret. */
  secret: string;
  events: WebhookEvent[];
  active: boolean;
}

/**
 * Checks a webhook draft like the server (http(s) URL, a secret of 16+ characters for a new
 * hook, at least one event) and returns field problems or the input to send.
 */
export function validateWebhookDraft(draft: WebhookDraft, editing: boolean): { errors: Record<string, string>; input: (Omit<WebhookInput, "secret"> & { secret?: string }) | null } {
  const errors: Record<string, string> = {};
  const url = draft.url.trim();
  if (!url) errors.url = "Where should Baton POST the events?";
  else if (!isHttpUrl(url)) errors.url = "Use a full http:// or https:// URL.";
  const secret = draft.secret.trim();
  if (!secret && !editing) errors.secret = "Generate a secret: receivers check each delivery's signature with it.";
  else if (secret && secret.length < 16) errors.secret = "Use a secret of at least 16 characters.";
  else if (secret.length > 200) errors.secret = "Keep the secret under 200 characters.";
  if (draft.events.length === 0) errors.events = "Pick at least one event.";
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return { errors, input: { url, events: WEBHOOK_EVENTS.filter((event) => draft.events.includes(event)), active: draft.active, ...(secret ? { secret } : {}) } };
}

/** A random 32-byte secret as hex, from the browser's CSPRNG. */
export function generateSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function isHttpUrl(text: string): boolean {
  try {
    const parsed = new URL(text);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}
