import { describe, expect, it } from "vitest";
import { trainClassifier, type IntentTrainingData } from "../../../lib/runtime/nlu";
import { SUPPORT_INTENTS } from "./support-flow";
import { ENGLISH } from "../../../lib/runtime/nlu/english";

const model = trainClassifier(SUPPORT_INTENTS, { language: ENGLISH });

describe("trainClassifier", () => {
  it("matches paraphrases of the examples", () => {
    expect(model.classify("Where's my package?").intent).toBe("order_status");
    expect(model.classify("I'd like my money back").intent).toBe("refund");
    expect(model.classify("tracking my orders").intent).toBe("order_status");
    expect(model.classify("This service is TERRIBLE").intent).toBe("complaint");
  });

  it("does not let 'please', 'my', 'can' or 'you' decide an intent", () => {
    for (const text of ["please", "my", "can you", "please can you help me", "the"]) {
      expect(model.classify(text).intent, text).toBeNull();
    }
  });

  it("rejects a message unrelated to every intent", () => {
    expect(model.classify("what's the weather in Paris").intent).toBeNull();
    expect(model.classify("book me a flight").intent).toBeNull();
    expect(model.classify("").intent).toBeNull();
  });

  it("rejects 'can you order me a pizza' without out-of-scope examples", () => {
    for (const text of ["can you order me a pizza", "can I order a pizza", "order a pizza for tonight", "where can I buy a pizza"]) {
      expect(model.classify(text).intent, text).toBeNull();
    }
  });

  it("rejects everyday off-topic requests in a support flow that gives no out-of-scope examples", () => {
    const offTopic = [
      "what's the weather tomorrow",
      "tell me a joke",
      "book me a flight to Rome",
      "who won the match yesterday",
      "what's the capital of Australia",
      "I want to order a new laptop",
      "order me a taxi",
    ];
    for (const text of offTopic) expect(model.classify(text).intent, text).toBeNull();
  });

  it("still matches paraphrases that share only part of their words with the examples", () => {
    const paraphrases: [string, string][] = [
      ["has my order arrived", "order_status"],
      ["when will my order get here", "order_status"],
      ["order status please", "order_status"],
      ["I want my money back for the order", "refund"],
      ["the product came damaged", "complaint"],
      ["I want to complain about my order", "complaint"],
    ];
    for (const [text, intent] of paraphrases) expect(model.classify(text).intent, text).toBe(intent);
  });

  it("does not count a line name or number as off-topic words", () => {
    const transit = trainClassifier(
      [
        { name: "departure", examples: ["when is the next train", "when does the next bus leave", "next tram from the station"], keywords: [], patterns: [] },
        { name: "route", examples: ["how do I get to the airport", "route from home to work"], keywords: [], patterns: [] },
      ],
      { language: ENGLISH },
    );
    expect(transit.classify("when is the next u6?").intent).toBe("departure");
    expect(model.classify("can you order me 2 pizzas").intent).toBeNull();
  });

  it("does not count an unknown place or name after a preposition as off-topic words", () => {
    const transit = trainClassifier(
      [
        { name: "departure", examples: ["when is the next train", "when does the next bus leave", "next tram from the station"], keywords: [], patterns: [] },
        { name: "route", examples: ["how do I get to the airport", "how do I get home from work"], keywords: [], patterns: [] },
      ],
      { language: ENGLISH },
    );
    expect(transit.classify("how can I get to sendlinger tor").intent).toBe("route");
    expect(transit.classify("how do I get from odeonsplatz to the zoo").intent).toBe("route");
    expect(model.classify("can you order me a pizza from luigis").intent).toBeNull();
  });

  it("lets a flow's own intent win over the built-in off-topic knowledge", () => {
    const weather = trainClassifier(
      [
        { name: "weather", examples: ["what's the weather like", "will it rain tomorrow", "weather forecast for today"], keywords: [], patterns: [] },
        { name: "hours", examples: ["when are you open", "opening hours"], keywords: [], patterns: [] },
      ],
      { language: ENGLISH },
    );
    expect(weather.classify("what's the weather tomorrow").intent).toBe("weather");
    expect(model.classify("what's the weather tomorrow").intent).toBeNull();
  });

  it("rejects 'can you order me a pizza' once a pizza example is out of scope", () => {
    const taught = trainClassifier(SUPPORT_INTENTS, { language: ENGLISH, outOfScope: ["order a pizza", "i want pizza delivered"] });
    expect(taught.classify("can you order me a pizza").intent).toBeNull();
    expect(taught.classify("where is my order").intent).toBe("order_status");
  });

  it("learns rejection from out-of-scope examples", () => {
    const intents: IntentTrainingData[] = [
      { name: "book", examples: ["book a table", "reserve a table for two", "table for four tonight"], keywords: [], patterns: [] },
      { name: "hours", examples: ["when are you open", "opening hours", "what time do you close"], keywords: [], patterns: [] },
    ];
    const message = "book a flight to Rome";
    const plain = trainClassifier(intents, { language: ENGLISH }).classify(message);
    const taught = trainClassifier(intents, { language: ENGLISH, outOfScope: ["book a flight", "flight to london", "cheap flights to paris"] }).classify(message);
    expect(taught.intent).toBeNull();
    expect(taught.score).toBeLessThan(plain.score);
  });

  it("tolerates a typo in a known word", () => {
    expect(model.classify("i want a refnud").intent).toBe("refund");
  });

  it("treats a keyword or regex hit as strong evidence, even without examples", () => {
    const intents: IntentTrainingData[] = [
      ...SUPPORT_INTENTS,
      { name: "invoice", examples: [], keywords: ["invoice", "receipt"], patterns: [] },
      { name: "order_number", examples: [], keywords: [], patterns: ["\\b[A-Z]{2}-\\d{6}\\b"] },
    ];
    const withHits = trainClassifier(intents, { language: ENGLISH });
    expect(withHits.classify("send me the INVOICES").intent).toBe("invoice");
    expect(withHits.classify("it's ab-123456").intent).toBe("order_number");
    expect(withHits.classify("ab-123456").score).toBe(1);
  });

  describe("keywords and patterns as the designer's rules", () => {
    const intents: IntentTrainingData[] = [
      ...SUPPORT_INTENTS,
      { name: "invoice", examples: ["I need a copy of my bill"], keywords: ["invoice", "receipt"], patterns: [] },
      { name: "done", examples: ["bye", "no thanks"], keywords: ["that's all"], patterns: [] },
    ];
    const withRules = trainClassifier(intents, { language: ENGLISH, threshold: 0.95 });

    it("send a message with one intent's keyword to that intent, with score 1, whatever the threshold", () => {
      const result = withRules.classify("could you email me the receipt");
      expect(result).toMatchObject({ intent: "invoice", score: 1 });
      expect(result.ranking[0]).toEqual({ intent: "invoice", score: 1 });
      expect(result.ranking.slice(1).every((entry) => entry.score === 0)).toBe(true);
    });

    it("leave the message to the model when another word of it belongs only to other intents", () => {
      const result = trainClassifier(intents, { language: ENGLISH }).classify("has my order shipped yet, that's all");
      expect(result.intent).toBe("order_status");
      expect(result.score).toBeLessThan(1);
    });

    it("leave a message with keywords of two intents to the model, which ranks the two above the rest", () => {
      const result = withRules.classify("that's all, just the invoice");
      expect(result.score).toBeGreaterThanOrEqual(0.9);
      expect(result.score).toBeLessThan(1);
      expect(result.ranking.slice(0, 2).map((entry) => entry.intent).sort()).toEqual(["done", "invoice"]);
    });
  });

  it("ignores an invalid regex pattern instead of throwing", () => {
    const intents: IntentTrainingData[] = [{ name: "x", examples: ["hello there"], keywords: [], patterns: ["("] }];
    expect(() => trainClassifier(intents, { language: ENGLISH }).classify("(")).not.toThrow();
  });

  it("honours the threshold", () => {
    const text = "my parcel";
    const score = model.classify(text).score;
    expect(score).toBeGreaterThan(0);
    expect(trainClassifier(SUPPORT_INTENTS, { language: ENGLISH, threshold: score }).classify(text).intent).toBe("order_status");
    expect(trainClassifier(SUPPORT_INTENTS, { language: ENGLISH, threshold: Math.min(1, score + 0.01) }).classify(text).intent).toBeNull();
  });

  it("ranks every intent, best first, and reports the best score even below the threshold", () => {
    const result = model.classify("is my parcel late or broken");
    expect(result.ranking.map((r) => r.intent).sort()).toEqual(["complaint", "order_status", "refund"]);
    const scores = result.ranking.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.score).toBe(scores[0]);
  });

  it("is deterministic: the same data gives identical scores", () => {
    const again = trainClassifier(structuredClone(SUPPORT_INTENTS), { language: ENGLISH });
    for (const text of ["where is my order", "refund", "pizza", "I am angry about the broken item"]) {
      expect(JSON.stringify(again.classify(text))).toBe(JSON.stringify(model.classify(text)));
    }
  });

  it("returns no match when the flow has no intents", () => {
    expect(trainClassifier([], { language: ENGLISH }).classify("hello")).toEqual({ intent: null, score: 0, ranking: [] });
  });

  it("does not match everything in a one-intent flow", () => {
    const one = trainClassifier([{ name: "greet", examples: ["hello", "hi there", "good morning"], keywords: [], patterns: [] }], { language: ENGLISH });
    expect(one.classify("hello!").intent).toBe("greet");
    expect(one.classify("cancel my subscription").intent).toBeNull();
  });
});
