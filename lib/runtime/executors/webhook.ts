import type { JsonValue } from "../bundle-types";
import { interpolate } from "../template";
import { issue, readNumber, setVariable } from "../turn";
import type { Executor } from "./executor";

/**
 * Webhook: asks the host for the HTTP call; 2xx → `ok` (response saved to `saveAs`), anything
 * else (error, timeout, non-2xx) → `error`, whose unconnected default is the error trigger.
 */
export const webhookExecutor: Executor<"webhook"> = {
  enter(node, turn) {
    const { url, method, headers, body, timeoutMs } = node.config;
    const vars = turn.draft.variables;
    // values inside a JSON body are escaped as JSON string content, so quotes cannot break it
    const inBody = /^\s*[[{]/.test(body) ? (text: string) => JSON.stringify(text).slice(1, -1) : undefined;
    const sentHeaders: { [name: string]: string } = {};
    for (const [name, value] of Object.entries(headers)) sentHeaders[name] = interpolate(value, vars);
    return issue(turn, node.id, {
      type: "call_webhook",
      url: interpolate(url, vars, encodeURIComponent),
      method,
      headers: sentHeaders,
      body: interpolate(body, vars, inBody),
      timeoutMs,
    });
  },
  onEffect(node, turn, result) {
    const status = readNumber(result, "status");
    const success = result.ok === true && result.timedOut !== true && (status === undefined || (status >= 200 && status < 300));
    if (!success) {
      const reason = result.timedOut === true ? "timeout" : status !== undefined ? `status ${status}` : "failed";
      setVariable(turn, node.id, "webhook_error", reason);
      return { port: "error" };
    }
    if (node.config.saveAs) setVariable(turn, node.id, node.config.saveAs, toJson(result.body));
    return { port: "ok" };
  },
};

/**
 * A response body from outside, as the JSON it would be sent as (a value JSON cannot hold, or a
 * cycle, becomes null), so the state stays plain JSON.
 */
function toJson(value: unknown): JsonValue {
  try {
    const json: JsonValue = JSON.parse(JSON.stringify(value) ?? "null");
    return json;
  } catch {
    return null;
  }
}
