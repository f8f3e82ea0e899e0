import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLiveAgentRequest, isNegativeMessage, normalizeText, trainClassifier } from "@/lib/runtime";
import { asksForPerson } from "@/lib/runtime/nlu/live-agent";
import { isNegativeNormalized } from "@/lib/runtime/nlu/sentiment";
import { ENGLISH } from "@/lib/runtime/nlu/english";
import { language } from "@/lib/runtime/nlu/language";

const EN = language(ENGLISH);

const words = fc.constantFrom("I", "want", "a", "human", "please", "not", "bad", "THIS", "IS", "USELESS", "agent", "the", "refund", "never", "helpful", "someone", "who", "can", "talk", "to", "!", "don't", "team");
const message = fc.array(words, { maxLength: 12 }).map((list) => list.join(" "));

describe("the checks step runs on an already-normalised message", () => {
  it("decide exactly as the public functions do", () => {
    fc.assert(
      fc.property(message, (text) => {
        const normalized = normalizeText(text);
        expect(asksForPerson(normalized, EN)).toBe(isLiveAgentRequest(text, ENGLISH));
        expect(isNegativeNormalized(normalized, text, EN)).toBe(isNegativeMessage(text, ENGLISH));
      }),
      { numRuns: 500 },
    );
  });
});

describe("a classification's ranking", () => {
  const model = trainClassifier(
    [
      { name: "refund", examples: ["I want my money back", "refund please"], keywords: ["refund"], patterns: [] },
      { name: "order_status", examples: ["where is my order", "track my package"], keywords: [], patterns: ["\\border\\b"] },
      { name: "complaint", examples: ["this is terrible", "I am unhappy"], keywords: [], patterns: [] },
    ],
    { language: ENGLISH },
  );

  it("lists every intent best first, the best being the result's intent and score", () => {
    const result = model.classify("where is my order");
    expect(result.ranking.map((entry) => entry.intent)).toHaveLength(3);
    expect(result.ranking[0]).toEqual({ intent: result.intent, score: result.score });
    const scores = result.ranking.map((entry) => entry.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("is kept by JSON, and earlier results keep their own ranking after later messages", () => {
    const first = model.classify("refund please");
    const second = model.classify("this is terrible");
    expect(JSON.parse(JSON.stringify(first))).toEqual({ intent: "refund", score: first.score, ranking: first.ranking });
    expect(first.ranking[0]?.intent).toBe("refund");
    expect(second.ranking[0]?.intent).toBe("complaint");
  });
});
