import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { EditorPage, createFlowViaApi } from "../pages/editor-page";
import { VersionsPanel, publishViaApi } from "../pages/versions-panel";
import { acmeCases, acmeFlow } from "../versions/acme";

const run = promisify(execFile);

/** Runs the exported CLI with plain node in `cwd`; resolves with its exit code and output either way. */
async function baton(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["baton.mjs", ...args], { cwd, env: { NODE_ENV: "production", PATH: process.env.PATH ?? "" } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error instanceof Error ? error : new Error(String(error));
    const code = "code" in failed && typeof failed.code === "number" ? failed.code : -1;
    const output = ("stdout" in failed ? String(failed.stdout) : "") + ("stderr" in failed ? String(failed.stderr) : "");
    return { code, output };
  }
}

test("the exported zip runs its test cases with plain node, and a wrong expectation fails with a diff", async ({ page }) => {
  const flow = await createFlowViaApi(page.request, "Acme support", acmeFlow());
  const cases = acmeCases();
  for (const testCase of cases) {
    const saved = await page.request.post(`/api/flows/${flow.id}/tests`, { data: { testCase: testCase.value } });
    expect(saved.status(), await saved.text()).toBe(201);
  }
  await publishViaApi(page.request, flow.id, flow.revision, "Launch");

  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await editor.goto(flow.id);
  await versions.openExport();
  await expect(versions.exportDialog.getByTestId("embed-snippet")).toContainText(`data-flow="${flow.id}"`);

  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "baton-export-"));
  const { file: bundleFile } = await versions.download("Runtime bundle (.baton.json)", downloads);
  expect(path.basename(bundleFile)).toBe("acme-support-v1.baton.json");
  const served = await page.request.get(`/api/flows/${flow.id}/bundle?version=1`);
  expect(fs.readFileSync(bundleFile, "utf8")).toBe(await served.text());

  const { file: zipFile } = await versions.download("Everything (.zip)", downloads);
  expect(path.basename(zipFile)).toBe("acme-support-v1.zip");
  // unzip into a fresh folder far from any node_modules
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "baton-unzipped-"));
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(zipFile)))) {
    fs.mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    fs.writeFileSync(path.join(target, name), bytes);
  }
  const folder = path.join(target, "acme-support-v1");
  expect(fs.existsSync(path.join(folder, "node_modules"))).toBe(false);
  expect(fs.readdirSync(path.join(folder, "tests"))).toHaveLength(cases.length);

  const validate = await baton(folder, ["validate", "acme-support-v1.baton.json"]);
  expect(validate.code, validate.output).toBe(0);
  const passing = await baton(folder, ["test", "acme-support-v1.baton.json", "tests/"]);
  expect(passing.code, passing.output).toBe(0);
  expect(passing.output).toContain(`${cases.length} passed, 0 failed`);

  // change what one case expects the bot to say: the CLI must fail and show the difference
  const caseFile = path.join(folder, "tests", "opening-hours-then-anything-else.json");
  fs.writeFileSync(caseFile, fs.readFileSync(caseFile, "utf8").replace("We're open Monday to Friday", "We're open every day"));
  const failing = await baton(folder, ["test", "acme-support-v1.baton.json", "tests/"]);
  expect(failing.code, failing.output).toBe(1);
  expect(failing.output).toContain("✗ Opening hours, then anything else");
  expect(failing.output).toContain("expected:");
  expect(failing.output).toContain("We're open every day");
  expect(failing.output).toContain(`${cases.length - 1} passed, 1 failed`);
});
