/** react-query keys of the desk: events from the stream write into these caches. */
export const deskKeys = {
  handoff: (id: string) => ["desk", "handoff", id] as const,
  tickets: ["desk", "tickets"] as const,
  callbacks: ["desk", "callbacks"] as const,
  queues: ["desk", "queues"] as const,
};
