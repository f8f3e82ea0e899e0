import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson, compileFlow, jsonValueSchema, runtimeBundleSchema, validate, validateAndCompile } from "@/lib/flow";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";
import { brokenDocumentArbitrary, documentArbitrary, isFlowDocumentInput, largeFlowArbitrary, shuffleKeys, soundDocumentArbitrary } from "./arbitraries";

const meta = { flowId: "flow-1", version: 3 };

describe("validate on anything", () => {
  it("never throws and always returns problems with a code, severity, message and hint", () => {
    fc.assert(
      fc.property(brokenDocumentArbitrary(), (document) => {
        const problems = validate(document);
        expect(Array.isArray(problems)).toBe(true);
        for (const item of problems) {
          expect(["error", "warning"]).toContain(item.severity);
          expect(item.message).not.toBe("");
          expect(item.hint).not.toBe("");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reports no schema problems for well-formed documents (the arbitrary is honest)", () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const codes = validate(document).map((item) => item.code);
        expect(codes).not.toContain("schema");
        expect(codes).not.toContain("unknown_node_kind");
      }),
      { numRuns: 200 },
    );
  });
});

describe("compile on well-formed documents", () => {
  it("never throws and produces a bundle the published schema accepts", () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const bundle = compileFlow(document, meta);
        expect(runtimeBundleSchema.safeParse(bundle).success).toBe(true);
        expect(Object.keys(bundle.nodes)).toHaveLength(document.nodes.length);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: same bytes twice, same hash whatever the key order", () => {
    fc.assert(
      fc.property(documentArbitrary(), fc.integer(), (document, seed) => {
        const first = compileFlow(document, meta);
        expect(JSON.stringify(compileFlow(structuredClone(document), meta))).toBe(JSON.stringify(first));
        const shuffled = shuffleKeys(document, seed);
        if (!isFlowDocumentInput(shuffled)) throw new Error("shuffling keys must keep the document valid");
        expect(compileFlow(shuffled, meta).hash).toBe(first.hash);
      }),
      { numRuns: 150 },
    );
  });

  it("hashes the canonical JSON of the bundle without its hash (sha-256, hex)", () => {
    fc.assert(
      fc.property(documentArbitrary(8), (document) => {
        const { hash, ...body } = compileFlow(document, meta);
        expect(hash).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(jsonValueSchema.parse(JSON.parse(JSON.stringify(body))))))));
      }),
      { numRuns: 50 },
    );
  });

  it("changes the hash when the flow changes", () => {
    fc.assert(
      fc.property(largeFlowArbitrary(60), (document) => {
        const renamed = { ...document, name: `${document.name}!` };
        expect(compileFlow(renamed, meta).hash).not.toBe(compileFlow(document, meta).hash);
      }),
      { numRuns: 20 },
    );
  });
});

describe("documents without validation errors compile", () => {
  it("holds for random documents built to be error-free (and the validator agrees they are)", () => {
    fc.assert(
      fc.property(soundDocumentArbitrary(), (document) => {
        expect(validate(document).filter((item) => item.severity === "error")).toEqual([]);
        expect(runtimeBundleSchema.safeParse(compileFlow(document, meta)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("holds for random documents whenever validate reports no errors", () => {
    fc.assert(
      fc.property(fc.oneof(documentArbitrary(6), soundDocumentArbitrary(6)), (document) => {
        fc.pre(!validate(document).some((item) => item.severity === "error"));
        expect(() => compileFlow(document, meta)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("holds for large realistic flows, which also have no warnings", () => {
    fc.assert(
      fc.property(largeFlowArbitrary(400), (document) => {
        expect(validate(document)).toEqual([]);
        expect(runtimeBundleSchema.safeParse(compileFlow(document, meta)).success).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe("validateAndCompile (what publish runs: one parse for both)", () => {
  it("reports what validate reports and compiles exactly what compileFlow compiles, only when there is no error", () => {
    fc.assert(
      fc.property(fc.oneof(brokenDocumentArbitrary(), documentArbitrary(6), soundDocumentArbitrary(6)), (document) => {
        const { problems, bundle } = validateAndCompile(document, meta);
        expect(problems).toEqual(validate(document));
        const clean = !problems.some((item) => item.severity === "error");
        if (!clean || !isFlowDocumentInput(document)) expect(bundle).toBeNull();
        else expect(JSON.stringify(bundle)).toBe(JSON.stringify(compileFlow(document, meta)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("generateLargeFlow", () => {
  it("is deterministic, has exactly the requested size and about 1.2 connections per node", () => {
    const flow = generateLargeFlow(2_000, 7);
    expect(flow).toEqual(generateLargeFlow(2_000, 7));
    expect(flow).not.toEqual(generateLargeFlow(2_000, 8));
    expect(flow.nodes).toHaveLength(2_000);
    const ratio = flow.edges.length / flow.nodes.length;
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.35);
    const kinds = new Set(flow.nodes.map((item) => item.kind));
    for (const kind of ["intent", "question", "fallback", "handoff", "ticket", "callback", "webhook", "condition"]) expect(kinds).toContain(kind);
  });

  it("refuses sizes too small for its shared nodes", () => {
    expect(() => generateLargeFlow(3, 1)).toThrow(RangeError);
  });

  // Speed is measured by `npm run bench -- compile`, never asserted here.
  it("validates 5,000 nodes without problems and compiles every one of them", () => {
    const flow = generateLargeFlow(5_000, 42);
    expect(validate(flow)).toEqual([]);
    expect(Object.keys(compileFlow(flow, meta).nodes)).toHaveLength(5_000);
  });
});

const acme = path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json");

describe("the demo flow", () => {
  it.skipIf(!existsSync(acme))("tests/fixtures/flows/acme-support.json validates with no errors", () => {
    const document: unknown = JSON.parse(readFileSync(acme, "utf8"));
    expect(validate(document).filter((item) => item.severity === "error")).toEqual([]);
  });
});
