import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runtimeBundleSchema, storedBundleSchema } from "@/lib/flow";
import { trainClassifier, validateBundle, type LanguagePack, type RuntimeBundle } from "@/lib/runtime";
import { ENGLISH } from "@/lib/runtime/nlu/english";
import { loadBundle } from "@/lib/runtime/cli/load";
import { acmeBundle, AT, flow, Runner } from "./helpers";

/** A question that waits for an email, and a Handoff node that queues with a wait estimate. */
function waitingFlow(): RuntimeBundle {
  return flow(
    [
      { id: "start", kind: "start" },
      { id: "ask", kind: "question", config: { prompt: "Your email?", variable: "email", validation: "email" } },
      { id: "done", kind: "end" },
      { id: "human", kind: "handoff", config: { messages: { connecting: "In queue, about {{wait}}", connected: "Hi", unavailable: "Nobody" } } },
      { id: "ticket", kind: "ticket" },
      { id: "fb", kind: "fallback" },
    ],
    [["start", "next", "ask"], ["ask", "answered", "done"], ["ask", "no_match", "fb"], ["human", "unavailable", "ticket"]],
  );
}

/** `bundle` speaking `pack` instead of English. */
function speaking(bundle: RuntimeBundle, pack: LanguagePack): RuntimeBundle {
  return { ...bundle, language: pack };
}

/** A few German words: enough to show that the words come from the pack, not from the interpreter. */
const GERMAN: LanguagePack = {
  ...ENGLISH,
  code: "de",
  liveAgent: { mention: "mensch|mitarbeiter", alone: "^ (?:bitte )*(?:ein )?(?:mensch|mitarbeiter)(?: bitte)* $", requests: [" mit (?:einem )?(?:mensch|mitarbeiter)(?:en)? sprechen "], negation: " (?:nicht|kein) " },
  texts: { ...ENGLISH.texts, talkToPerson: "Mit einem Menschen sprechen", waitMinutes: "{{n}} Minuten" },
};

describe("the language pack", () => {
  it("is written into every bundle by compile: the English words, as plain data", () => {
    const bundle = acmeBundle();
    expect(bundle.language).toEqual(ENGLISH);
    expect(JSON.parse(JSON.stringify(bundle)).language).toEqual(ENGLISH);
  });

  it("decides what counts as asking for a person", () => {
    const english = new Runner(waitingFlow());
    english.start();
    english.say("Mensch bitte");
    expect(english.state.handoff).toBeNull();

    const german = new Runner(speaking(waitingFlow(), GERMAN));
    german.start();
    german.say("Mensch bitte");
    expect(german.state.handoff?.trigger).toBe("user_request");
    german.say("ich will mit einem Mitarbeiter sprechen"); // relayed: a handoff is already open
    const fresh = new Runner(speaking(waitingFlow(), GERMAN));
    fresh.start();
    fresh.say("ich will mit einem Mitarbeiter sprechen");
    expect(fresh.state.handoff?.trigger).toBe("user_request");
    const negated = new Runner(speaking(waitingFlow(), GERMAN));
    negated.start();
    negated.say("ich will nicht mit einem Mitarbeiter sprechen");
    expect(negated.state.handoff).toBeNull();
  });

  it("gives the interpreter's own sentences: the action's transcript line and the wait", () => {
    const run = new Runner(speaking(waitingFlow(), GERMAN));
    run.start();
    run.send({ type: "user_action", action: "talk_to_person", at: AT });
    expect(run.state.transcript.at(-1)).toMatchObject({ from: "user", text: "Mit einem Menschen sprechen" });
    run.answer({ ok: true, available: true });
    run.answer({ ok: true, position: 1, estimatedWaitSec: 240 });
    expect(run.texts()).toEqual(["In queue, about 4 Minuten"]);
  });

  it("gives the classifier its synonyms and stop words", () => {
    const intents = [
      { name: "track", examples: ["where is my order", "track my order"], keywords: [], patterns: [] },
      { name: "cancel", examples: ["cancel my subscription", "stop my plan"], keywords: [], patterns: [] },
    ];
    const plain = trainClassifier(intents, { language: ENGLISH });
    const shipments = trainClassifier(intents, { language: { ...ENGLISH, synonyms: [...ENGLISH.synonyms, ["order", "shipment"]] } });
    expect(plain.classify("shipment").intent).toBeNull();
    expect(shipments.classify("shipment")).toMatchObject({ intent: "track" });
    const noStops = trainClassifier(intents, { language: { ...ENGLISH, stopWords: [] } });
    expect(noStops.classify("my my my").intent).not.toBeNull(); // "my" is now a word the examples share
    expect(plain.classify("my my my").intent).toBeNull();
  });

  it("with an invalid regex (a hand-edited bundle) that rule never matches, and nothing throws", () => {
    const broken = speaking(waitingFlow(), { ...ENGLISH, liveAgent: { ...ENGLISH.liveAgent, alone: "(unclosed" } });
    const run = new Runner(broken);
    run.start();
    run.say("agent");
    expect(run.state.handoff).toBeNull();
    run.say("I want to talk to a human"); // the other rules still work
    expect(run.state.handoff?.trigger).toBe("user_request");
  });
});

describe("a bundle without a language pack (compiled before packs existed)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "baton-language-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const old = (): Omit<RuntimeBundle, "language"> => {
    const { language: _dropped, ...rest } = acmeBundle();
    return rest;
  };

  it("is refused by the interpreter with a clear error, the state unchanged", () => {
    const bundle = old() as RuntimeBundle;
    const run = new Runner(bundle);
    const before = run.state;
    run.start();
    expect(run.state).toEqual(before);
    expect(run.last.trace).toEqual([{ type: "error", nodeId: null, code: "no_language", message: expect.stringMatching(/no language pack/) }]);
  });

  it("reads as English on a Baton server (the bundle schema) and in the CLI, which warns", () => {
    expect(storedBundleSchema.parse(old()).language).toEqual(ENGLISH);
    expect(runtimeBundleSchema.safeParse(old()).success).toBe(false); // what compile writes always has one
    const file = path.join(dir, "old.baton.json");
    writeFileSync(file, JSON.stringify(old()));
    const loaded = loadBundle(file);
    expect("bundle" in loaded && loaded.bundle.language).toEqual(ENGLISH);
    expect(validateBundle(old())).toContainEqual(expect.objectContaining({ severity: "warning", code: "no_language" }));
    expect(validateBundle({ ...old(), language: { code: "en" } })).toContainEqual(expect.objectContaining({ severity: "error", code: "bad_language" }));
  });
});
