import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLiveAgentRequest, normalizeText } from "@/lib/runtime";
import { ENGLISH } from "@/lib/runtime/nlu/english";
import { hasLiveAgentPhrase, prepare } from "@/lib/runtime/prepared";
import { acmeBundle, flow, Runner } from "./helpers";

const phrases = ["speak to Acme staff", "agent please", "Häagen-Dazs desk", "  ", "l'équipe"];
const bundle = flow([{ id: "start", kind: "start" }], [], { liveAgent: { phrases } });
const words = fc.constantFrom("speak", "to", "acme", "Acme", "STAFF", "staff!", "agent", "please", "haagen", "Häagen-Dazs", "dazs", "desk", "l'équipe", "equipe", "l", "I", "want", "my", "refund", "", " ", ",", "?");
const messages = fc.array(words, { maxLength: 8 }).map((parts) => parts.join(" "));

describe("the flow's live-agent phrases, normalised once per bundle", () => {
  it("decide exactly as isLiveAgentRequest(text, ENGLISH, phrases) does", () => {
    const prepared = prepare(bundle);
    fc.assert(
      fc.property(fc.oneof(messages, fc.string({ maxLength: 30 })), (text) => {
        const ours = hasLiveAgentPhrase(prepared, normalizeText(text)) || isLiveAgentRequest(text, ENGLISH);
        expect(ours).toBe(isLiveAgentRequest(text, ENGLISH, phrases));
      }),
      { numRuns: 1000 },
    );
  });

  it("are worked out once for a bundle object", () => {
    expect(prepare(bundle)).toBe(prepare(bundle));
    expect(prepare(bundle).liveAgentPhrases).toEqual(["speak to acme staff", "agent please", "haagen dazs desk", "l equipe"]);
  });

  it("hand the user over from the demo flow's menu", () => {
    const run = new Runner(acmeBundle());
    run.start();
    run.say("Could I SPEAK to Acme staff?");
    expect(run.trace("trigger_fired")[0]).toMatchObject({ trigger: "user_request", nodeId: "menu" });
  });
});

describe("intent routing on the built-in classifier", () => {
  it("a message with one intent's keyword still goes where the whole message points", () => {
    // "that's all" is a keyword of `done`, but this user asks about their order: a keyword decides
    // alone only when no other word points elsewhere, so the classifier weighs the whole message
    const run = new Runner(acmeBundle());
    run.start();
    run.say("has my order shipped yet, that's all");
    expect(run.state.lastIntent?.intent).toBe("order_status");
    expect(run.state.status).toBe("waiting_input");
    const alone = new Runner(acmeBundle());
    alone.start();
    alone.say("that's all");
    expect(alone.state.status).toBe("ended");
  });
});
