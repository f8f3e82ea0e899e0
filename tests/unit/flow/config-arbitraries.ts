import fc from "fast-check";
import { jsonValueSchema, type JsonValue, type NodeKind } from "@/lib/flow";

/** Configs per node kind for the document arbitraries (see arbitraries.ts). */

type JsonObject = { [key: string]: unknown };

const variableNames = ["answer", "email_address", "order_number", "plan", "order.status", "unknown_thing"];
const queues = ["", "support", "billing", "nowhere"];
const intentNames = ["greeting", "refund", "order_status", "agent", "billing", "cancel"];
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom(...variableNames).map((name) => `Hello {{${name}}}!`),
);
export const logic = fc.oneof(
  fc.constantFrom(...variableNames).map((name) => ({ "==": [{ var: name }, "pro"] })),
  fc.constant({ and: [{ ">": [{ var: "answer" }, 3] }, { "!": { var: "plan" } }] }),
  fc.constant({ regex_match: ["x", "y"] }),
  fc.jsonValue({ maxDepth: 2 }),
).map((rule) => jsonValueSchema.parse(rule));
export const variable = fc.constantFrom("answer", "email_address", "order_number", "plan");
const soundLogic = fc.constantFrom<JsonValue>(
  { "==": [{ var: "intent" }, "refund"] },
  { and: [{ ">": [{ var: "position" }, 3] }, { "!": { var: "agent" } }] },
  { in: ["gold", { cat: ["gold", "-", { var: "trigger" }] }] },
  true,
);

/**
 * A config for `kind` that the kind's schema accepts (defaults mostly left out). `sound` configs
 * also pass every content rule: valid patterns, supported operators, declared queues, known
 * variables.
 */
export function configArbitrary(kind: NodeKind, sound = false): fc.Arbitrary<JsonObject> {
  if (sound) return soundConfigArbitrary(kind);
  switch (kind) {
    case "start":
      return fc.constant({});
    case "message":
      return fc.record({ text, quickReplies: fc.array(fc.record({ label: fc.string({ minLength: 1, maxLength: 10 }) }), { maxLength: 3 }) });
    case "question":
      return fc.record({ prompt: text, variable, validation: fc.constantFrom("text", "number", "email", "phone", "date", "choice") });
    case "intent":
      return fc.record({
        prompt: fc.string({ maxLength: 20 }),
        intents: fc.uniqueArray(
          fc.record({
            name: fc.constantFrom(...intentNames),
            examples: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
            keywords: fc.array(fc.constantFrom("refund", "help", "bill"), { maxLength: 2 }),
            patterns: fc.array(fc.constantFrom("order\\s+\\d+", "(unclosed", "^hi\\b"), { maxLength: 1 }),
          }),
          { minLength: 1, maxLength: 4, selector: (intent) => intent.name },
        ),
        threshold: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      });
    case "condition":
      return fc.record({ rule: logic, label: fc.string({ maxLength: 20 }) });
    case "set":
      return fc.record({ assignments: fc.array(fc.record({ variable, value: fc.oneof(text, logic) }), { minLength: 1, maxLength: 3 }) });
    case "webhook":
      return fc.record(
        {
          url: fc.constantFrom("https://api.example.com/orders/{{order_number}}", "https://x.test"),
          method: fc.constantFrom("GET", "POST"),
          headers: fc.dictionary(fc.constantFrom("x-a", "x-b", "accept"), fc.string({ maxLength: 8 })),
          saveAs: variable,
        },
        { requiredKeys: ["url"] },
      );
    case "fallback":
      return fc.record({ messages: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }), maxAttempts: fc.integer({ min: 1, max: 5 }) });
    case "handoff":
      return fc.record({ queue: fc.constantFrom(...queues), priority: fc.constantFrom("low", "normal", "urgent"), contextVariables: fc.array(variable, { maxLength: 2 }) });
    case "ticket":
    case "callback":
      return fc.record({ queue: fc.constantFrom(...queues) });
    case "end":
      return fc.record({ message: fc.string({ maxLength: 20 }) });
    default:
      return unknownKind(kind);
  }
}

function soundConfigArbitrary(kind: NodeKind): fc.Arbitrary<JsonObject> {
  const plain = fc.string({ minLength: 1, maxLength: 20 }).map((value) => value.replaceAll("{", "("));
  switch (kind) {
    case "message":
      return fc.record({ text: fc.oneof(plain, fc.constant("Your reference is {{ticket_ref}}.")) });
    case "question":
      return fc.record({ prompt: plain, variable, validation: fc.constantFrom("text", "email") });
    case "intent":
      return fc.record({
        intents: fc.uniqueArray(
          fc.record({ name: fc.constantFrom(...intentNames), examples: fc.array(plain, { minLength: 1, maxLength: 2 }), patterns: fc.array(fc.constantFrom("order\\s+\\d+", "^hi\\b"), { maxLength: 1 }) }),
          { minLength: 1, maxLength: 3, selector: (intent) => intent.name },
        ),
      });
    case "condition":
      return fc.record({ rule: soundLogic });
    case "set":
      return fc.record({ assignments: fc.array(fc.record({ variable, value: fc.oneof(plain.map((value): JsonValue => value), soundLogic) }), { minLength: 1, maxLength: 2 }) });
    case "handoff":
    case "ticket":
    case "callback":
      return fc.record({ queue: fc.constantFrom("", "support") });
    case "start":
    case "webhook":
    case "fallback":
    case "end":
      return configArbitrary(kind);
    default:
      return unknownKind(kind);
  }
}

function unknownKind(kind: never): never {
  throw new Error(`No arbitrary for node kind ${String(kind)}`);
}

