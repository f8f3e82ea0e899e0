import type { z } from "zod";
import type { FlowNode } from "../document";
import { callbackConfigSchema, callbackDefaults, callbackPorts } from "./callback";
import { conditionConfigSchema, conditionDefaults, conditionPorts } from "./condition";
import { endConfigSchema, endDefaults, endPorts } from "./end";
import { fallbackConfigSchema, fallbackDefaults, fallbackPorts } from "./fallback";
import { handoffConfigSchema, handoffDefaults, handoffPorts } from "./handoff";
import { intentConfigSchema, intentDefaults, intentPorts } from "./intent";
import { messageConfigSchema, messageDefaults, messagePorts } from "./message";
import { questionConfigSchema, questionDefaults, questionPorts } from "./question";
import { setConfigSchema, setDefaults, setPorts } from "./set";
import { startConfigSchema, startDefaults, startPorts } from "./start";
import { ticketConfigSchema, ticketDefaults, ticketPorts } from "./ticket";
import { webhookConfigSchema, webhookDefaults, webhookPorts } from "./webhook";

/**
 * Everything lib/flow knows about a node kind. Adding a kind means one file in this folder and
 * one entry here; the editor adds its node and settings components in its own registry.
 */
export interface NodeKindSpec<Schema extends z.ZodType> {
  configSchema: Schema;
  /** Config of a freshly added node. */
  defaults: z.input<Schema>;
  /** Output ports; intent nodes add one port per intent before these (see `portsOf`). */
  ports: readonly string[];
  /** Ports that must be connected; validate() reports an error otherwise. */
  requiredPorts: readonly string[];
  /** Stops the turn and waits for the user's next message. */
  waitsForInput: boolean;
  /** Part of the handoff protocol (drawn distinctly on the canvas). */
  protocol: boolean;
  label: string;
  description: string;
}

const spec = <Schema extends z.ZodType>(value: NodeKindSpec<Schema>) => value;

export const nodeKinds = {
  start: spec({
    configSchema: startConfigSchema, defaults: startDefaults, ports: startPorts(),
    requiredPorts: ["next"], waitsForInput: false, protocol: false,
    label: "Start", description: "Where every conversation begins",
  }),
  message: spec({
    configSchema: messageConfigSchema, defaults: messageDefaults, ports: messagePorts(),
    requiredPorts: ["next"], waitsForInput: false, protocol: false,
    label: "Message", description: "Say something, with optional quick replies",
  }),
  question: spec({
    configSchema: questionConfigSchema, defaults: questionDefaults, ports: questionPorts(),
    requiredPorts: ["answered"], waitsForInput: true, protocol: false,
    label: "Question", description: "Ask, validate the answer, store it in a variable",
  }),
  intent: spec({
    configSchema: intentConfigSchema, defaults: intentDefaults, ports: ["no_match"],
    requiredPorts: [], waitsForInput: true, protocol: false,
    label: "Intent", description: "Route on what the user wants",
  }),
  condition: spec({
    configSchema: conditionConfigSchema, defaults: conditionDefaults, ports: conditionPorts(),
    requiredPorts: ["true", "false"], waitsForInput: false, protocol: false,
    label: "Condition", description: "Branch on variables (JSONLogic)",
  }),
  set: spec({
    configSchema: setConfigSchema, defaults: setDefaults, ports: setPorts(),
    requiredPorts: ["next"], waitsForInput: false, protocol: false,
    label: "Set variables", description: "Store values in variables",
  }),
  webhook: spec({
    configSchema: webhookConfigSchema, defaults: webhookDefaults, ports: webhookPorts(),
    requiredPorts: ["ok"], waitsForInput: false, protocol: false,
    label: "Webhook", description: "Call an HTTP API (failures fire the error trigger)",
  }),
  fallback: spec({
    configSchema: fallbackConfigSchema, defaults: fallbackDefaults, ports: fallbackPorts(),
    requiredPorts: [], waitsForInput: false, protocol: true,
    label: "Fallback", description: "Reprompt when the bot did not understand, then give up",
  }),
  handoff: spec({
    configSchema: handoffConfigSchema, defaults: handoffDefaults, ports: handoffPorts(),
    requiredPorts: ["unavailable"], waitsForInput: false, protocol: true,
    label: "Handoff", description: "Hand the user to a human agent",
  }),
  ticket: spec({
    configSchema: ticketConfigSchema, defaults: ticketDefaults, ports: ticketPorts(),
    requiredPorts: [], waitsForInput: true, protocol: true,
    label: "Ticket", description: "Collect email + description, create a ticket",
  }),
  callback: spec({
    configSchema: callbackConfigSchema, defaults: callbackDefaults, ports: callbackPorts(),
    requiredPorts: [], waitsForInput: true, protocol: true,
    label: "Callback", description: "Collect phone + a slot, schedule a call back",
  }),
  end: spec({
    configSchema: endConfigSchema, defaults: endDefaults, ports: endPorts(),
    requiredPorts: [], waitsForInput: false, protocol: false,
    label: "End", description: "End the conversation",
  }),
} as const;

export type NodeKind = keyof typeof nodeKinds;
export const nodeKindNames = Object.keys(nodeKinds) as NodeKind[];

export type NodeConfig<K extends NodeKind> = z.output<(typeof nodeKinds)[K]["configSchema"]>;

/** The output ports of a node, from its kind and (parsed) config. */
export function portsOf(node: FlowNode): readonly string[] {
  return node.kind === "intent" ? intentPorts(node.config) : nodeKinds[node.kind].ports;
}
