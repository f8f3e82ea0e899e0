import { Position, type NodeHandle } from "@xyflow/react";
import { portsOf, type FlowNode } from "@/lib/flow";

/** Where a node that React Flow has not measured yet probably is: its size and its handles. */
export interface EstimatedLayout {
  width: number;
  height: number;
  handles: NodeHandle[];
}

// The node card's geometry in px, from node-shell.tsx / node-body.tsx (w-64, text-xs lines…).
const WIDTH = 256;
const HANDLE = 12;
const HEADER = 49; // border-top + py-2 + kind line + title
const BODY_PADDING = 16; // py-2
const BODY_GAP = 4; // space-y-1
const LINE = 16; // a text-xs line of BodyText
const BODY_LINE = 16.7; // a BodyLine ("Queue  support")
const SMALL_LINE = 15; // text-[10px] / text-[11px] lines and chips
const CHARS_PER_LINE = 36; // 12px text in the 232px body
const NOTE_LINE = 16.5;
const NOTE_CHARS_PER_LINE = 40;
const PORTS_PADDING = 9; // border-top + py-1 (top half; the bottom half is below the last port)
const PORT = 20.5;
const BOTTOM = 5; // py-1 bottom + border-bottom

/**
 * The size and handle positions of `node`'s card as the canvas will draw it (at normal zoom),
 * estimated from its content. Given to React Flow for nodes it has not measured, they let it skip
 * rendering off-screen nodes on load (it otherwise renders every node once to measure it) while
 * still drawing the edges to them; a node is measured, and its estimate replaced, when it first
 * comes into view. An estimate a few pixels off only moves the off-screen end of an edge.
 */
export function estimateNodeLayout(node: FlowNode): EstimatedLayout {
  const body = bodyLines(node);
  const bodyHeight = body.length === 0 ? 0 : BODY_PADDING + body.reduce((sum, line) => sum + line, 0) + BODY_GAP * (body.length - 1);
  const noteHeight = node.note ? 9 + NOTE_LINE * textLines(node.note, NOTE_CHARS_PER_LINE, Infinity) : 0;
  const ports = portsOf(node);
  const portsTop = HEADER + bodyHeight + noteHeight;
  const height = portsTop + (ports.length === 0 ? 2 : PORTS_PADDING + PORT * ports.length + BOTTOM - 1);
  const handles: NodeHandle[] = ports.map((port, index) => ({
    id: port,
    type: "source",
    position: Position.Right,
    x: WIDTH - HANDLE / 2 - 2,
    y: portsTop + PORTS_PADDING - 1 + PORT * (index + 0.5) - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  }));
  if (node.kind !== "start") {
    handles.push({ id: null, type: "target", position: Position.Left, x: -HANDLE / 2, y: height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE });
  }
  return { width: WIDTH, height: Math.round(height), handles };
}

/** Heights of the lines of a node's body, in the order its component draws them. */
function bodyLines(node: FlowNode): number[] {
  switch (node.kind) {
    case "start": return [];
    case "message": return [text(node.config.text || "—"), ...chips(node.config.quickReplies.map((reply) => reply.label))];
    case "question": return [text(node.config.prompt || "—"), BODY_LINE, ...chips(node.config.choices)];
    case "intent": return [...(node.config.prompt ? [text(node.config.prompt)] : []), BODY_LINE, ...(node.config.threshold !== undefined ? [BODY_LINE] : [])];
    case "condition": return [...(node.config.label ? [text(node.config.label)] : []), SMALL_LINE];
    case "set": return node.config.assignments.map(() => SMALL_LINE);
    case "webhook": return [SMALL_LINE];
    case "fallback": return [BODY_LINE, text(node.config.messages[0] ?? "—")];
    case "handoff": return [BODY_LINE, BODY_LINE, BODY_LINE];
    case "ticket":
    case "callback": return [BODY_LINE, BODY_LINE];
    case "end": return node.config.message ? [text(node.config.message)] : [];
    default: return unreachable(node);
  }
}

/** A `BodyText`: up to three lines. */
function text(value: string): number {
  return LINE * textLines(value, CHARS_PER_LINE, 3);
}

/** `Chips`: nothing when empty, else rows of small pills. */
function chips(items: readonly string[]): number[] {
  if (items.length === 0) return [];
  let rows = 1;
  let used = 0;
  for (const item of items) {
    const width = item.length * 5.5 + 16;
    if (used > 0 && used + width > WIDTH - 24) {
      rows += 1;
      used = 0;
    }
    used += width;
  }
  return [rows * SMALL_LINE + (rows - 1) * 4];
}

function textLines(value: string, perLine: number, max: number): number {
  const lines = value.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.min(max, lines);
}

function unreachable(value: never): never {
  throw new Error(`Unknown node kind: ${JSON.stringify(value)}`);
}
