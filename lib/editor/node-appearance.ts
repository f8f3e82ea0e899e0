import {
  CircleQuestionMark, Flag, GitBranch, Headset, LifeBuoy, MessageSquare, PhoneCall, Play, Signpost,
  Ticket, Variable, Webhook, type LucideIcon,
} from "lucide-react";
import { nodeKinds, type NodeKind } from "@/lib/flow";

/** Palette groups, in the order the palette shows them. */
export type PaletteGroup = "Conversation" | "Logic" | "Handoff protocol";
export const paletteGroups: readonly PaletteGroup[] = ["Conversation", "Logic", "Handoff protocol"];

/**
 * How a node kind looks everywhere in the editor (canvas node, palette, minimap, inspector header).
 * Class names are complete literals so Tailwind finds them.
 */
export interface NodeAppearance {
  label: string;
  description: string;
  icon: LucideIcon;
  group: PaletteGroup;
  /** Part of the handoff protocol: stronger border and a "protocol" marker. */
  protocol: boolean;
  /** Header strip and icon tint. */
  headerClass: string;
  iconClass: string;
  /** Node border (protocol kinds get a thicker, coloured one). */
  borderClass: string;
  /** Minimap fill and edge accent. */
  color: string;
}

const look = (kind: NodeKind, rest: Omit<NodeAppearance, "label" | "description" | "protocol">): NodeAppearance => ({
  label: nodeKinds[kind].label,
  description: nodeKinds[kind].description,
  protocol: nodeKinds[kind].protocol,
  ...rest,
});

export const nodeAppearance: Record<NodeKind, NodeAppearance> = {
  start: look("start", { icon: Play, group: "Conversation", headerClass: "bg-emerald-50 text-emerald-900", iconClass: "text-emerald-600", borderClass: "border-emerald-300", color: "#10b981" }),
  message: look("message", { icon: MessageSquare, group: "Conversation", headerClass: "bg-slate-50 text-slate-900", iconClass: "text-slate-600", borderClass: "border-slate-300", color: "#64748b" }),
  question: look("question", { icon: CircleQuestionMark, group: "Conversation", headerClass: "bg-indigo-50 text-indigo-900", iconClass: "text-indigo-600", borderClass: "border-indigo-300", color: "#6366f1" }),
  intent: look("intent", { icon: Signpost, group: "Conversation", headerClass: "bg-blue-50 text-blue-900", iconClass: "text-blue-600", borderClass: "border-blue-300", color: "#3b82f6" }),
  end: look("end", { icon: Flag, group: "Conversation", headerClass: "bg-zinc-100 text-zinc-900", iconClass: "text-zinc-600", borderClass: "border-zinc-300", color: "#52525b" }),
  condition: look("condition", { icon: GitBranch, group: "Logic", headerClass: "bg-teal-50 text-teal-900", iconClass: "text-teal-600", borderClass: "border-teal-300", color: "#14b8a6" }),
  set: look("set", { icon: Variable, group: "Logic", headerClass: "bg-lime-50 text-lime-900", iconClass: "text-lime-700", borderClass: "border-lime-300", color: "#84cc16" }),
  webhook: look("webhook", { icon: Webhook, group: "Logic", headerClass: "bg-cyan-50 text-cyan-900", iconClass: "text-cyan-600", borderClass: "border-cyan-300", color: "#06b6d4" }),
  handoff: look("handoff", { icon: Headset, group: "Handoff protocol", headerClass: "bg-amber-100 text-amber-950", iconClass: "text-amber-600", borderClass: "border-2 border-amber-500", color: "#f59e0b" }),
  fallback: look("fallback", { icon: LifeBuoy, group: "Handoff protocol", headerClass: "bg-rose-100 text-rose-950", iconClass: "text-rose-600", borderClass: "border-2 border-rose-500", color: "#f43f5e" }),
  ticket: look("ticket", { icon: Ticket, group: "Handoff protocol", headerClass: "bg-sky-100 text-sky-950", iconClass: "text-sky-600", borderClass: "border-2 border-sky-500", color: "#0ea5e9" }),
  callback: look("callback", { icon: PhoneCall, group: "Handoff protocol", headerClass: "bg-violet-100 text-violet-950", iconClass: "text-violet-600", borderClass: "border-2 border-violet-500", color: "#8b5cf6" }),
};

/** Human label of an output port ("handed_back" → "handed back"); intent ports keep their name. */
export function portLabel(port: string): string {
  return port.replaceAll("_", " ");
}
