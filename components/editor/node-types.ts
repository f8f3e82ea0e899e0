import type { NodeTypes } from "@xyflow/react";
import type { NodeKind } from "@/lib/flow";
import { CallbackNode } from "./nodes/callback-node";
import { ConditionNode } from "./nodes/condition-node";
import { EndNode } from "./nodes/end-node";
import { FallbackNode } from "./nodes/fallback-node";
import { HandoffNode } from "./nodes/handoff-node";
import { IntentNode } from "./nodes/intent-node";
import { MessageNode } from "./nodes/message-node";
import { QuestionNode } from "./nodes/question-node";
import { SetNode } from "./nodes/set-node";
import { StartNode } from "./nodes/start-node";
import { TicketNode } from "./nodes/ticket-node";
import { WebhookNode } from "./nodes/webhook-node";

/**
 * The canvas component of every node kind, created once at module scope (a new object on each
 * render would re-mount every node). `satisfies` makes a kind without a component a compile error.
 */
export const nodeTypes = {
  start: StartNode,
  message: MessageNode,
  question: QuestionNode,
  intent: IntentNode,
  condition: ConditionNode,
  set: SetNode,
  webhook: WebhookNode,
  fallback: FallbackNode,
  handoff: HandoffNode,
  ticket: TicketNode,
  callback: CallbackNode,
  end: EndNode,
} satisfies Record<NodeKind, NodeTypes[string]>;
