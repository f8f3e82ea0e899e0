import fs from "node:fs";
import path from "node:path";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";

const root = path.resolve(import.meta.dirname, "../../..");

/** The demo flow (Acme support) as a fixture document: valid, publishable. */
export function acmeFlow(name = "Acme support"): FlowDocument {
  const document = flowDocumentSchema.parse(JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/flows/acme-support.json"), "utf8")));
  return { ...document, name };
}

/** The demo flow's conversation test cases, as stored JSON values. */
export function acmeCases(): { file: string; value: unknown }[] {
  const dir = path.join(root, "tests/fixtures/cases/acme-support");
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  return fs.readdirSync(dir).filter((file) => file.endsWith(".json")).sort().map((file) => ({ file, value: read(file) }));
}

export const GREETING = "Hi! I'm the Acme assistant. I can help with your order status, refunds, complaints and our opening hours. What can I do for you?";
