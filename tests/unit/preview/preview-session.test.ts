import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileDraft } from "@/lib/preview/compile-draft";
import { readTestCase } from "@/lib/runtime";
import { acmeBundle, acmeDocument, acmeSession, chatTexts } from "./acme";

describe("preview session", () => {
  it("carries the conversation over to a recompiled draft: the next answer uses the edit", async () => {
    const session = await acmeSession();
    await session.send("I have a complaint");
    expect(session.getSnapshot().state?.nodeId).toBe("complaint_ask");
    const edited = acmeDocument();
    const handoff = edited.nodes.find((node) => node.id === "support_handoff");
    if (handoff?.kind !== "handoff") throw new Error("fixture changed");
    handoff.config = { ...handoff.config, messages: { ...handoff.config.messages, connecting: "Hold on, a human is coming." } };
    const bundle = acmeBundle(edited);
    await session.setBundle(bundle);
    expect(session.getSnapshot().bundleHash).toBe(bundle.hash);
    await session.send("the parcel was wet");
    expect(chatTexts(session)).toContain("system: Hold on, a human is coming.");
    // the chat before the edit is still there
    expect(chatTexts(session)).toContain("user: I have a complaint");
  });

  it("replays a stored test case in the chat, in the test's own world", async () => {
    const file = path.resolve(import.meta.dirname, "../../fixtures/cases/acme-support/talk-to-person-after-hours.json");
    const read = readTestCase(JSON.parse(readFileSync(file, "utf8")));
    if (!("testCase" in read)) throw new Error(read.problems.join("; "));
    const session = await acmeSession();
    await session.send("hello there");
    await session.replay(read.testCase);
    const snapshot = session.getSnapshot();
    expect(snapshot.replaying).toBe(read.testCase.name);
    expect(chatTexts(session)).not.toContain("user: hello there");
    expect(chatTexts(session).join("\n")).toMatch(/Your ticket T-1001 is open/);
    expect(snapshot.state?.handoff).toMatchObject({ trigger: "user_request", status: "unavailable" });
    // the replayed chat saves back to the same world
    expect(session.testCase("again").world).toEqual(read.testCase.world);
  });

  it("compiles a draft with errors (listed, with their nodes) and reports one that cannot compile", () => {
    const document = acmeDocument();
    const broken = { ...document, edges: document.edges.filter((edge) => !(edge.source === "support_handoff" && edge.sourcePort === "unavailable")) };
    const draft = compileDraft(broken, "acme");
    expect(draft.bundle).not.toBeNull();
    expect(draft.compileError).toBeNull();
    expect(draft.errors.map((problem) => problem.nodeId)).toContain("support_handoff");
    const noStart = compileDraft({ ...document, nodes: document.nodes.filter((node) => node.kind !== "start") }, "acme");
    expect(noStart.bundle).toBeNull();
    expect(noStart.compileError).toMatch(/no Start node/);
    let checked = 0;
    compileDraft(document, "acme", () => {
      checked++;
      return [];
    });
    expect(checked).toBe(1);
  });
});
