import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSchemas, schemaDirectory, schemaFileText } from "@/lib/tasks/generate-schemas";
import { compileFlow } from "@/lib/flow";
import { cleanFlow } from "./build";
import { isFlowDocumentInput } from "./arbitraries";

describe("published JSON Schemas", () => {
  it("are up to date with the zod schemas", async () => {
    const schemas = await generateSchemas();
    expect(schemas.map((schema) => schema.file)).toEqual(expect.arrayContaining(["runtime-bundle.v1.json", "flow-document.v1.json"]));
    for (const schema of schemas) {
      const file = path.join(schemaDirectory, schema.file);
      const committed = existsSync(file) ? readFileSync(file, "utf8") : "(missing)";
      expect(committed, `public/schema/${schema.file} is out of date: run \`npx tsx lib/tasks/generate-schemas.ts\``).toBe(schemaFileText(schema));
    }
  });

  it("are draft 2020-12 with a stable $id and a title", async () => {
    for (const { file, json } of await generateSchemas()) {
      expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(json.$id).toBe(`https://baton.dev/schema/${file}`);
      expect(typeof json.title).toBe("string");
    }
  });

  it("describe what compile produces: every required bundle field is listed", async () => {
    const [bundleSchema] = await generateSchemas();
    const document = cleanFlow();
    if (!isFlowDocumentInput(document)) throw new Error("clean flow should parse");
    const bundle = compileFlow(document, { flowId: "f", version: 1 });
    expect(bundleSchema?.json.required).toEqual(expect.arrayContaining(Object.keys(bundle)));
    expect(Object.keys(bundle).sort()).toEqual([...(Array.isArray(bundleSchema?.json.required) ? bundleSchema.json.required : [])].sort());
  });
});
