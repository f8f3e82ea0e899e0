import { z } from "zod";
import { runtimeBundleSchema } from "./bundle";
import { flowDocumentSchema } from "./document";
import { jsonValueSchema } from "./json";

/** A JSON Schema to publish under `public/schema/`. */
export interface PublishedSchema {
  /** File name inside public/schema, e.g. `runtime-bundle.v1.json`. */
  file: string;
  json: { [key: string]: unknown };
}

export const SCHEMA_BASE_URL = "https://baton.dev/schema/";

/**
 * JSON Schema (draft 2020-12) of a zod schema, with a stable `$id` and title. `io: "output"` for
 * what Baton writes (the bundle: every default filled in), `"input"` for what it accepts (a
 * document may leave defaults out).
 */
export function publishSchema(
  schema: z.ZodType,
  options: { file: string; title: string; description: string; io: "input" | "output" },
): PublishedSchema {
  // Named definitions instead of zod's generated `__schema0` for the recursive JSON types.
  const metadata = z.registry<{ id: string }>();
  metadata.add(jsonValueSchema, { id: "JsonValue" });
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: options.io, metadata, unrepresentable: "any" });
  const { $schema, ...rest } = nameAnonymousDefinitions(generated);
  return {
    file: options.file,
    json: { $schema, $id: `${SCHEMA_BASE_URL}${options.file}`, title: options.title, description: options.description, ...rest },
  };
}

/** The schemas lib/flow defines: the runtime bundle (what hosts run) and the flow document. */
export function flowJsonSchemas(): PublishedSchema[] {
  return [
    publishSchema(runtimeBundleSchema, {
      file: "runtime-bundle.v1.json",
      title: "Baton runtime bundle v1",
      description: "What compile(document) produces and every Baton host runs: nodes with resolved ports, indexed intents, settings with defaults, a content hash.",
      io: "output",
    }),
    publishSchema(flowDocumentSchema, {
      file: "flow-document.v1.json",
      title: "Baton flow document v1",
      description: "What the Baton editor saves: nodes with positions, edges between ports, variables and flow settings (schemaVersion 1).",
      io: "input",
    }),
  ];
}

/**
 * zod names the definition of the described JSONLogic type (a copy of the JSON type) `__schema0`;
 * give it a name and description readers of the schema understand.
 */
function nameAnonymousDefinitions(schema: { [key: string]: unknown }): { [key: string]: unknown } {
  const text = JSON.stringify(schema).replaceAll('"#/$defs/__schema0"', '"#/$defs/JsonLogic"').replace('"__schema0":{', '"JsonLogic":{"description":"JSONLogic expression (https://jsonlogic.com), evaluated by the runtime over the variables",');
  const renamed: unknown = JSON.parse(text);
  return isObject(renamed) ? renamed : schema;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
