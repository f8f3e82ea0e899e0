import { strToU8, zipSync, type Zippable } from "fflate";
import type { ConversationTestCase } from "@/lib/flow/test-case";
import { exportReadme } from "./export-readme";
import { bundleFileName, exportFolderName, fileSlug } from "./file-names";
import type { RuntimeFile } from "./runtime-files";

/** Everything one export zip is made of. */
export interface ExportInput {
  flowId: string;
  flowName: string;
  version: number;
  /** The bundle's JSON text exactly as published. */
  bundleText: string;
  bundleHash: string;
  runtime: RuntimeFile[];
  testCases: ConversationTestCase[];
  /** The Baton server's origin, for the README's embed snippet and bundle API example. */
  origin: string;
  /** Modification time stamped on every entry (the publish time keeps zips reproducible). */
  modified: Date;
}

/**
 * Builds the export zip: one folder `<flow>-v<N>/` holding the bundle, the runtime and CLI, the
 * flow's test cases as `tests/<name>.json` (the runtime's test-case format) and a README with
 * copy-paste run instructions. Returns the zip's bytes and its file name.
 */
export function buildExportZip(input: ExportInput): { fileName: string; bytes: Uint8Array } {
  const folder = exportFolderName(input.flowName, input.version);
  const bundleFile = bundleFileName(input.flowName, input.version);
  const tests = testCaseFiles(input.testCases);
  const readme = exportReadme({
    flowName: input.flowName,
    flowId: input.flowId,
    version: input.version,
    bundleFile,
    bundleHash: input.bundleHash,
    testFiles: tests.map((test) => test.name),
    origin: input.origin,
  });
  const mtime = input.modified;
  const files: Zippable = {
    [`${folder}/README.md`]: [strToU8(readme), { mtime }],
    [`${folder}/${bundleFile}`]: [strToU8(input.bundleText), { mtime }],
  };
  for (const file of input.runtime) files[`${folder}/${file.name}`] = [file.bytes, { mtime }];
  for (const test of tests) files[`${folder}/tests/${test.name}`] = [strToU8(test.text), { mtime }];
  return { fileName: `${folder}.zip`, bytes: zipSync(files, { level: 6 }) };
}

/**
 * One JSON file per test case, named after the case (`Refund handed back` → `refund-handed-back.json`);
 * clashing names get `-2`, `-3`… so no case overwrites another.
 */
export function testCaseFiles(cases: readonly ConversationTestCase[]): { name: string; text: string }[] {
  const taken = new Set<string>();
  return cases.map((testCase) => {
    const stem = fileSlug(testCase.name);
    let name = `${stem}.json`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.json`;
    taken.add(name);
    const { $schema: _schema, ...rest } = testCase;
    return { name, text: `${JSON.stringify(rest, null, 2)}\n` };
  });
}
