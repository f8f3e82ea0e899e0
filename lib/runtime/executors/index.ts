import type { NodeKind } from "../bundle-types";
import { callbackExecutor } from "./callback";
import { conditionExecutor } from "./condition";
import { endExecutor } from "./end";
import type { Executor } from "./executor";
import { fallbackExecutor } from "./fallback";
import { handoffExecutor } from "./handoff";
import { intentExecutor } from "./intent";
import { messageExecutor } from "./message";
import { questionExecutor } from "./question";
import { setExecutor } from "./set";
import { startExecutor } from "./start";
import { ticketExecutor } from "./ticket";
import { webhookExecutor } from "./webhook";

/** One executor per node kind; the mapped type makes a missing kind a compile error. */
export const executors: { [K in NodeKind]: Executor<K> } = {
  start: startExecutor,
  message: messageExecutor,
  question: questionExecutor,
  intent: intentExecutor,
  condition: conditionExecutor,
  set: setExecutor,
  webhook: webhookExecutor,
  fallback: fallbackExecutor,
  handoff: handoffExecutor,
  ticket: ticketExecutor,
  callback: callbackExecutor,
  end: endExecutor,
};

/** The executor of `kind`, typed for nodes of that kind. */
export function executorOf<K extends NodeKind>(kind: K): Executor<K> {
  return executors[kind];
}
