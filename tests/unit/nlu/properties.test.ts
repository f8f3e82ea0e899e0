import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLiveAgentRequest, isNegativeMessage, normalizeText, trainClassifier } from "../../../lib/runtime/nlu";
import { features } from "../../../lib/runtime/nlu/features";
import { ENGLISH } from "../../../lib/runtime/nlu/english";
import { language } from "../../../lib/runtime/nlu/language";
import { SUPPORT_INTENTS } from "./support-flow";

const EN = language(ENGLISH);
const model = trainClassifier(SUPPORT_INTENTS, { language: ENGLISH, outOfScope: ["order me a pizza"] });
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme", maxLength: 50 }), fc.constant(""));

describe("NLU on arbitrary input", () => {
  it("classify never throws and scores stay in [0, 1]", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = model.classify(text);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        for (const s of r.ranking) expect(s.score >= 0 && s.score <= 1).toBe(true);
        expect(r.intent === null || r.score >= 0.5).toBe(true);
      }),
    );
  });

  it("copes with emoji and a 10,000-character message", () => {
    expect(model.classify("📦📦📦 where is my order 🙏").intent).toBe("order_status");
    const long = "where is my order ".repeat(600);
    expect(long.length).toBeGreaterThan(10_000);
    expect(() => model.classify(long)).not.toThrow();
    expect(isLiveAgentRequest(long, ENGLISH)).toBe(false);
    expect(isNegativeMessage(long, ENGLISH)).toBe(false);
  });

  it("the detectors and normalisation never throw", () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 3 }), (text, extra) => {
        expect(typeof isLiveAgentRequest(text, ENGLISH, extra)).toBe("boolean");
        expect(typeof isNegativeMessage(text, ENGLISH)).toBe("boolean");
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
    );
  });
});

describe("a message's features", () => {
  const words = fc.constantFrom("", " ", "  ", "I", "want", "to", "log", "in", "my", "order", "orders", "please", "shut", "down", "café", "?", "don't");

  it("are the feature of each word of the normalised message, once each, in order, without stop words, compounds joined", () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }).map((list) => list.join(" ")), (text) => {
        const one = (word: string) => features(word, EN)[0];
        const joined = ENGLISH.compounds.reduce((t, compound) => t.replace(new RegExp(`\\b${compound}\\b`, "g"), compound.replace(" ", "")), normalizeText(text));
        const expected = [...new Set(joined.split(" ").map(one))].filter((f) => f !== undefined);
        expect(features(text, EN)).toEqual(expected);
      }),
    );
  });
});
