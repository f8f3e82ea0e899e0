import { describe, expect, it } from "vitest";
import { highlightFromTrace, sameHighlight } from "@/lib/preview/highlight-from-trace";
import { defaultPreviewWorld } from "@/lib/preview/preview-world";
import type { TraceEntry } from "@/lib/runtime";
import { acmeDocument, acmeSession } from "./acme";

describe("trace → canvas highlight", () => {
  it("lights the nodes entered and the edges followed, with the waiting node active", async () => {
    const session = await acmeSession({ ...defaultPreviewWorld(), queues: { support: { agents: "offline", hours: "open" } } });
    await session.talkToPerson();
    const { trace, state } = session.getSnapshot();
    const document = acmeDocument();
    const highlight = highlightFromTrace(trace.map((item) => item.entry), state, document.edges);
    expect(highlight.activeNodeId).toBe("offer_choice");
    expect(highlight.pathNodeIds).toEqual(["start", "greet", "menu", "support_handoff", "offer_choice"]);
    const edge = (source: string, port: string) => document.edges.find((candidate) => candidate.source === source && candidate.sourcePort === port)?.id;
    // the user_request jump from menu to the handoff is not an edge; the unavailable port is
    expect(highlight.pathEdgeIds).toEqual([edge("start", "next"), edge("greet", "next"), edge("support_handoff", "unavailable")]);
  });

  it("has no active node once the conversation ended, and ignores edges that no longer exist", () => {
    const trace: TraceEntry[] = [
      { type: "node_entered", nodeId: "a", kind: "start" },
      { type: "port_taken", nodeId: "a", port: "next", target: "b" },
      { type: "node_entered", nodeId: "b", kind: "end" },
      { type: "conversation_ended", nodeId: "b" },
    ];
    const ended = highlightFromTrace(trace, { status: "ended", nodeId: "b" }, [{ id: "a-b", source: "a", sourcePort: "next", target: "c" }]);
    expect(ended).toEqual({ pathNodeIds: ["a", "b"], pathEdgeIds: [] });
    expect(sameHighlight(ended, { pathNodeIds: ["a", "b"], pathEdgeIds: [] })).toBe(true);
    expect(sameHighlight(ended, { activeNodeId: "b", pathNodeIds: ["a", "b"], pathEdgeIds: [] })).toBe(false);
  });
});
