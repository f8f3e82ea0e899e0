import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createFlow, deleteFlow } from "@/db/queries/flows";
import { loadFlow } from "@/app/flows/[id]/load-flow";
import { newFlowDocument } from "@/lib/flow";

describe("the editor page's flow, read on the server", () => {
  it("is the flow with its current revision, as the API answers it", () => {
    const created = createFlow(getDb(), { name: "Server read", document: newFlowDocument("Server read") });
    expect(loadFlow(created.id)).toEqual(created);
  });

  it("is null for an unknown, malformed or deleted flow, so the page says it does not exist", () => {
    expect(loadFlow("no-such-flow")).toBeNull();
    expect(loadFlow("x".repeat(500))).toBeNull();
    const gone = createFlow(getDb(), { name: "Gone", document: newFlowDocument("Gone") });
    deleteFlow(getDb(), gone.id);
    expect(loadFlow(gone.id)).toBeNull();
  });
});
