import type { HandoffTrigger } from "@/lib/runtime";

// The shapes of the analytics API's answers: db/queries/analytics computes them, pages show them.

/** The dashboard's headline numbers. Rates are 0–1; containment = conversations without a handoff. */
export interface AnalyticsKpis {
  conversations: number;
  /** Conversations with at least one handoff. */
  handoffConversations: number;
  handoffs: number;
  containmentRate: number;
  handoffRate: number;
  noMatches: number;
}

/** Handoffs of one trigger: how many, in how many conversations, and their share of all handoffs. */
export interface TriggerRow {
  trigger: HandoffTrigger;
  handoffs: number;
  conversations: number;
  share: number;
}

/** One UTC day of the trend chart. */
export interface TrendPoint {
  /** YYYY-MM-DD (UTC). */
  day: string;
  conversations: number;
  handoffs: number;
  noMatches: number;
  /** handoffs / conversations of the day (0–1; can exceed 1 when conversations span days). */
  handoffRate: number;
}

/** One node's numbers: the canvas heat overlay and the by-node table read these. */
export interface NodeRow {
  nodeId: string;
  /** User inputs the node read: understood (intent matched, answer valid) plus not understood. */
  inputs: number;
  noMatches: number;
  /** noMatches / inputs (0–1). */
  noMatchRate: number;
  /** Handoffs whose trigger fired here. */
  handoffs: number;
  byTrigger: Partial<Record<HandoffTrigger, number>>;
}

/**
 * The handoff protocol as a funnel. Available branch: triggered → queued (an agent was available)
 * → assigned (accepted) → resolved / handed back; `leftWaiting` = queued but neither accepted nor
 * timed out (the user left, or is still waiting). Unavailable branch: unavailable + timed out →
 * ticket / callback / `abandoned` (left without a reference). Waits are medians in ms.
 */
export interface HandoffFunnel {
  triggered: number;
  queued: number;
  assigned: number;
  resolved: number;
  handedBack: number;
  leftWaiting: number;
  unavailable: number;
  timedOut: number;
  tickets: number;
  callbacks: number;
  abandoned: number;
  medianWaitMs: number | null;
  medianTimedOutWaitMs: number | null;
}

/** One flow version's numbers, for comparing version N with N+1. */
export interface VersionRow {
  version: number;
  conversations: number;
  handoffConversations: number;
  handoffs: number;
  handoffRate: number;
  byTrigger: Partial<Record<HandoffTrigger, number>>;
}

/** A conversation whose handoff fired at a node, with its transcript as the user saw it. */
export interface TranscriptSample {
  conversationId: string;
  trigger: HandoffTrigger | null;
  /** ISO time of the handoff. */
  at: string;
  lastUserMessage: string | null;
  messages: { seq: number; from: string; text: string; at: string }[];
}

/** Everything the flow's analytics page shows at once, except the not-understood groups and samples. */
export interface AnalyticsDashboard {
  kpis: AnalyticsKpis;
  trend: TrendPoint[];
  byTrigger: TriggerRow[];
  byNode: NodeRow[];
  funnel: HandoffFunnel;
  versions: VersionRow[];
}

/** One flow on the analytics overview page. */
export interface FlowOverviewRow extends AnalyticsKpis {
  flowId: string;
  name: string;
  topTrigger: HandoffTrigger | null;
}
