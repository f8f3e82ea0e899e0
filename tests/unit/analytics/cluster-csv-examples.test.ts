import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addExamples, intentTargets } from "@/lib/analytics/add-examples";
import { clusterPhrases } from "@/lib/analytics/cluster-phrases";
import { toCsv } from "@/lib/analytics/csv";
import { resolveRange } from "@/lib/analytics/date-range";
import { flowDocumentSchema } from "@/lib/flow";
import { readFileSync } from "node:fs";
import path from "node:path";

const phrase = (text: string, count = 1, nodeId: string | null = "menu") => ({ text, count, nodeId });

describe("clusterPhrases", () => {
  it("puts paraphrases of one request together and keeps different requests apart", () => {
    const groups = clusterPhrases([
      phrase("can you order me a pizza", 5),
      phrase("Order me a pizza, please!", 3),
      phrase("i want to order pizza", 2),
      phrase("what's the weather tomorrow", 4),
      phrase("weather tomorrow?", 1),
      phrase("do you sell gift cards", 2),
      phrase("are gift cards available", 1),
    ]);
    const texts = groups.map((group) => group.phrases.map((entry) => entry.text).sort());
    expect(texts).toContainEqual(["Order me a pizza, please!", "can you order me a pizza", "i want to order pizza"]);
    expect(texts).toContainEqual(["weather tomorrow?", "what's the weather tomorrow"]);
    expect(texts).toContainEqual(["are gift cards available", "do you sell gift cards"]);
    expect(groups[0]).toMatchObject({ label: "can you order me a pizza", count: 10 });
  });

  it("does not let function words glue unrelated messages together", () => {
    const groups = clusterPhrases([phrase("where is my dog"), phrase("where is my parcel")]);
    expect(groups).toHaveLength(2);
  });

  it("is deterministic and loses no message, whatever the input order", () => {
    const words = fc.constantFrom("pizza", "order", "weather", "cards", "gift", "refund", "tomorrow", "my", "please");
    const phrases = fc.uniqueArray(fc.record({ text: fc.array(words, { minLength: 1, maxLength: 4 }).map((list) => list.join(" ")), count: fc.integer({ min: 1, max: 9 }) }), {
      selector: (entry) => entry.text,
      maxLength: 20,
    });
    fc.assert(
      fc.property(phrases, fc.integer(), (list, seed) => {
        const input = list.map((entry) => phrase(entry.text, entry.count));
        const shuffled = [...input].sort((a, b) => ((a.text.length * 31 + seed) % 7) - ((b.text.length * 31 + seed) % 7));
        const a = clusterPhrases(input);
        expect(clusterPhrases(shuffled)).toEqual(a);
        expect(a.reduce((sum, group) => sum + group.count, 0)).toBe(input.reduce((sum, entry) => sum + entry.count, 0));
      }),
    );
  });

  it("names the node where most of the group was not understood", () => {
    const [group] = clusterPhrases([phrase("pizza delivery", 1, "ask_order"), phrase("pizza delivery please", 4, "menu")]);
    expect(group?.nodeId).toBe("menu");
  });
});

describe("toCsv", () => {
  const columns = [
    { header: "phrase", value: (row: { text: string; n: number | null }) => row.text },
    { header: "count", value: (row: { text: string; n: number | null }) => row.n },
  ];

  it("quotes commas, quotes and line breaks, and ends lines with CRLF", () => {
    const csv = toCsv(columns, [
      { text: 'he said "hi", then left', n: 2 },
      { text: "two\nlines", n: null },
      { text: "plain", n: 0 },
    ]);
    expect(csv).toBe('phrase,count\r\n"he said ""hi"", then left",2\r\n"two\nlines",\r\nplain,0\r\n');
  });

  it("defuses spreadsheet formulas typed by users", () => {
    expect(toCsv(columns, [{ text: "=HYPERLINK(\"x\")", n: 1 }, { text: "-2+3", n: 1 }])).toBe('phrase,count\r\n"\'=HYPERLINK(""x"")",1\r\n\'-2+3,1\r\n');
  });
});

describe("addExamples", () => {
  const document = flowDocumentSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8")));

  it("adds new phrases to the intent, skipping ones it already knows", () => {
    const { document: next, added } = addExamples(document, "menu", "order_status", ["Where is my order?", "parcel not here yet", "  "]);
    expect(added).toEqual(["parcel not here yet"]);
    const menu = next.nodes.find((node) => node.id === "menu");
    expect(menu?.kind === "intent" && menu.config.intents.find((intent) => intent.name === "order_status")?.examples).toContain("parcel not here yet");
    expect(next.nodes.filter((node) => node.id !== "menu").every((node) => document.nodes.includes(node))).toBe(true);
  });

  it("refuses a node or intent that is gone", () => {
    expect(() => addExamples(document, "nope", "refund", ["x"])).toThrow(/no intent node/);
    expect(() => addExamples(document, "menu", "nope", ["x"])).toThrow(/no intent "nope"/);
  });

  it("lists the intent nodes a phrase can go to", () => {
    expect(intentTargets(document)).toEqual([expect.objectContaining({ nodeId: "menu", intents: ["order_status", "refund", "complaint", "opening_hours", "done"] })]);
  });
});

describe("resolveRange", () => {
  const now = Date.parse("2026-03-10T15:00:00.000Z");
  it("covers whole UTC days, today included", () => {
    expect(resolveRange("7d", now)).toEqual({ from: Date.parse("2026-03-04T00:00:00.000Z"), to: Date.parse("2026-03-11T00:00:00.000Z") });
    expect(resolveRange("custom", now, { from: "2026-02-01", to: "2026-02-02" })).toEqual({ from: Date.parse("2026-02-01T00:00:00.000Z"), to: Date.parse("2026-02-03T00:00:00.000Z") });
  });
});
