import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { flowJsonSchemas, publishSchema, type PublishedSchema } from "../flow/json-schemas";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaDirectory = path.join(root, "public/schema");
const testCaseModule = path.join(root, "lib/flow/test-case.ts");

/**
 * Every JSON Schema Baton publishes in public/schema, generated from the zod schemas: the runtime
 * bundle, the flow document, and — once lib/flow/test-case.ts exists — the conversation test case.
 * Returns `{ file, json }` pairs without writing anything, so a test can compare them with the
 * committed files.
 */
export async function generateSchemas(): Promise<PublishedSchema[]> {
  const schemas = flowJsonSchemas();
  const testCase = await loadTestCaseSchema();
  if (testCase) {
    schemas.push(
      publishSchema(testCase, {
        file: "test-case.v1.json",
        title: "Baton conversation test case v1",
        description: "A saved conversation with the simulated world it ran in and what the bot must say and do.",
        io: "input",
      }),
    );
  }
  return schemas;
}

/** The text written for a schema: stable formatting so regenerating an unchanged schema is a no-op. */
export function schemaFileText(schema: PublishedSchema): string {
  return `${JSON.stringify(schema.json, null, 2)}\n`;
}

/** Loaded only when present: the test-case schema is designed by another part of the project. */
async function loadTestCaseSchema(): Promise<z.ZodType | null> {
  if (!existsSync(testCaseModule)) return null;
  const loaded: unknown = await import(pathToFileURL(testCaseModule).href);
  if (typeof loaded !== "object" || loaded === null || !("conversationTestCaseSchema" in loaded)) {
    throw new Error("lib/flow/test-case.ts does not export conversationTestCaseSchema");
  }
  const schema = loaded.conversationTestCaseSchema;
  if (!(schema instanceof z.ZodType)) throw new Error("conversationTestCaseSchema in lib/flow/test-case.ts is not a zod schema");
  return schema;
}

async function main(): Promise<void> {
  await mkdir(schemaDirectory, { recursive: true });
  for (const schema of await generateSchemas()) {
    await writeFile(path.join(schemaDirectory, schema.file), schemaFileText(schema));
    console.log(`wrote public/schema/${schema.file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
