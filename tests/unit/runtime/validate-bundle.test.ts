import { describe, expect, it } from "vitest";
import { nodeKinds, nodeKindNames } from "@/lib/flow";
import { validateBundle } from "@/lib/runtime";
import { REQUIRED_PORTS } from "@/lib/runtime/validate-bundle";
import { acmeBundle, flow } from "./helpers";

describe("validateBundle", () => {
  it("finds nothing wrong with the demo flow", () => {
    expect(validateBundle(acmeBundle())).toEqual([]);
  });

  it("reports a handoff without unavailable path, dangling targets, bad settings and loops", () => {
    const bundle = flow(
      [
        { id: "start", kind: "start" },
        { id: "a", kind: "set" },
        { id: "b", kind: "condition" },
        { id: "h", kind: "handoff", config: { queue: "nowhere" } },
        { id: "lost", kind: "end" },
      ],
      [["start", "next", "a"], ["a", "next", "b"], ["b", "true", "a"], ["b", "false", "h"]],
      { errorHandlerNodeId: "ghost" },
    );
    const broken = JSON.parse(JSON.stringify(bundle));
    broken.nodes.h.next.handed_back = "missing";
    const codes = validateBundle(broken).map((problem) => `${problem.severity} ${problem.code} ${problem.nodeId ?? ""}`.trim());
    expect(codes).toEqual(
      expect.arrayContaining([
        "error handoff_without_unavailable h",
        "error dangling_target h",
        "warning unknown_queue h",
        "error bad_setting",
        "warning unreachable lost",
        "warning loop_without_input a",
        "warning loop_without_input b",
      ]),
    );
  });

  it("explains what is not a bundle", () => {
    expect(validateBundle({ schemaVersion: 1, nodes: [] })[0]?.message).toBe("This is a flow document, not a runtime bundle");
    expect(validateBundle("x")[0]?.code).toBe("not_a_bundle");
  });

  it("keeps its required ports equal to lib/flow's node kinds", () => {
    for (const kind of nodeKindNames) expect(REQUIRED_PORTS[kind], kind).toEqual(nodeKinds[kind].requiredPorts);
  });
});
