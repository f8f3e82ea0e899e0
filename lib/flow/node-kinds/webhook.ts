import { z } from "zod";
import { variableNameSchema } from "../json";

/**
 * Asks the host to make an HTTP call (the runtime never does I/O). A failure, a non-2xx status
 * or a timeout leaves through `error`, which fires the `error` handoff trigger when unconnected.
 */
export const webhookConfigSchema = z.object({
  url: z.string().min(1, "A webhook needs a URL"),
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("POST"),
  headers: z.record(z.string(), z.string()).default({}),
  /** Request body template; `{{variable}}` is interpolated. Empty sends no body. */
  body: z.string().default(""),
  timeoutMs: z.number().int().min(100).max(30_000).default(5_000),
  /** Stores the parsed JSON response here when set. */
  saveAs: variableNameSchema.optional(),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

export const webhookDefaults = {
  url: "https://api.example.com/orders/{{order_number}}",
  method: "GET",
  headers: {},
  body: "",
  timeoutMs: 5_000,
} as const satisfies WebhookConfig;

export const webhookPorts = () => ["ok", "error"] as const;
