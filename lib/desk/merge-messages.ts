import type { ChatMessage } from "@/lib/api/live";

/**
 * Adds `incoming` to `current`, ordered by `seq`, each seq once. The same message reaches the
 * page twice (the POST answer and the SSE stream, or a replay after reconnect); the later copy
 * wins, since it is never older. Returns `current` itself when nothing changed, so React skips
 * the render.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): readonly ChatMessage[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map<number, ChatMessage>();
  for (const message of current) bySeq.set(message.seq, message);
  let changed = false;
  for (const message of incoming) {
    const known = bySeq.get(message.seq);
    if (known && known.text === message.text && known.from === message.from) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  if (!changed) return current;
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
