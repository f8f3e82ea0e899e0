/**
 * A small support flow for the panel tests: a greeting, an intent node (order status / refund),
 * a Handoff whose `unavailable` port is not connected yet, and a Ticket node to connect it to.
 */
export function supportFlow(name: string) {
  const at = (x: number, y: number) => ({ x, y });
  return {
    schemaVersion: 1,
    name,
    variables: [{ name: "plan", description: "Customer plan" }],
    nodes: [
      { id: "start", kind: "start", position: at(0, 0), config: {} },
      { id: "greet", kind: "message", position: at(300, 0), config: { text: "Hello there" } },
      {
        id: "route",
        kind: "intent",
        position: at(600, 0),
        config: {
          prompt: "How can I help?",
          intents: [
            { name: "order_status", examples: ["where is my order", "track my parcel", "order status"] },
            { name: "refund", examples: ["I want my money back", "refund please"] },
          ],
          outOfScope: ["order me a pizza"],
        },
      },
      { id: "human", kind: "handoff", position: at(950, 0), config: { queue: "support" } },
      { id: "ticket", kind: "ticket", position: at(1300, 260), config: {} },
      { id: "bye", kind: "end", position: at(1300, -200), config: { message: "Bye" } },
    ],
    edges: [
      { id: "start:next", source: "start", sourcePort: "next", target: "greet" },
      { id: "greet:next", source: "greet", sourcePort: "next", target: "route" },
      { id: "route:order_status", source: "route", sourcePort: "order_status", target: "human" },
      { id: "route:refund", source: "route", sourcePort: "refund", target: "bye" },
      { id: "human:resolved", source: "human", sourcePort: "resolved", target: "bye" },
    ],
  };
}
