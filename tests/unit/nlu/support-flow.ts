import type { IntentTrainingData } from "../../../lib/runtime/nlu";

/** A small customer-support flow, written the way a designer would fill in intent nodes. */
export const SUPPORT_INTENTS: IntentTrainingData[] = [
  {
    name: "order_status",
    examples: ["where is my order", "track my package", "has my order shipped yet", "when will my parcel arrive", "order status"],
    keywords: [],
    patterns: [],
  },
  {
    name: "refund",
    examples: ["I want a refund", "can I get my money back", "refund my order please", "how do I return an item for a refund"],
    keywords: [],
    patterns: [],
  },
  {
    name: "complaint",
    examples: ["I want to make a complaint", "your service is terrible", "the item arrived broken", "I am not happy with my order"],
    keywords: [],
    patterns: [],
  },
];
