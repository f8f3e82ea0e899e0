"use client";

import type { ComponentType } from "react";
import type { FlowNodeOf, NodeKind } from "@/lib/flow";
import { CallbackSettings } from "./callback-settings";
import { ConditionSettings } from "./condition-settings";
import { EndSettings } from "./end-settings";
import { FallbackSettings } from "./fallback-settings";
import { HandoffSettings } from "./handoff-settings";
import { IntentSettings } from "./intent-settings";
import { MessageSettings } from "./message-settings";
import { QuestionSettings } from "./question-settings";
import { SetSettings } from "./set-settings";
import type { SettingsProps } from "./settings-props";
import { StartSettings } from "./start-settings";
import { TicketSettings } from "./ticket-settings";
import { WebhookSettings } from "./webhook-settings";

/** The settings form of every node kind; a kind missing here is a compile error. */
export const settingsRegistry: { [K in NodeKind]: ComponentType<SettingsProps<K>> } = {
  start: StartSettings,
  message: MessageSettings,
  question: QuestionSettings,
  intent: IntentSettings,
  condition: ConditionSettings,
  set: SetSettings,
  webhook: WebhookSettings,
  fallback: FallbackSettings,
  handoff: HandoffSettings,
  ticket: TicketSettings,
  callback: CallbackSettings,
  end: EndSettings,
};

/** Renders the settings form of `node`'s kind (the kind and the node's type travel together). */
export function KindSettings<K extends NodeKind>({ kind, node }: { kind: K; node: FlowNodeOf<K> }) {
  const Settings: ComponentType<SettingsProps<K>> = settingsRegistry[kind];
  return <Settings node={node} />;
}
