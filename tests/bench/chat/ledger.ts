/**
 * What the server acknowledged: message seqs per conversation from 2xx answers. After the run it
 * is compared with the database, so a message the API answered with but did not store is "lost".
 */
export function createLedger() {
  const acked = new Map<string, Set<number>>();
  return {
    record(conversationId: string, body: unknown): void {
      if (typeof body !== "object" || body === null || !("messages" in body) || !Array.isArray(body.messages)) return;
      const seqs = acked.get(conversationId) ?? new Set<number>();
      for (const message of body.messages) {
        if (typeof message === "object" && message !== null && "seq" in message && typeof message.seq === "number") seqs.add(message.seq);
      }
      acked.set(conversationId, seqs);
    },
    /** Acknowledged messages, and how many of them are not in `stored` (conversation → seqs). */
    compare(stored: Map<string, Set<number>>): { acknowledged: number; lost: number; conversations: number } {
      let acknowledged = 0;
      let lost = 0;
      for (const [id, seqs] of acked) {
        const have = stored.get(id) ?? new Set<number>();
        for (const seq of seqs) {
          acknowledged++;
          if (!have.has(seq)) lost++;
        }
      }
      return { acknowledged, lost, conversations: acked.size };
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
