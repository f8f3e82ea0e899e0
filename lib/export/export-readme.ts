/** What the export README needs to know to give copy-paste commands. */
export interface ExportReadmeInput {
  flowName: string;
  flowId: string;
  version: number;
  bundleFile: string;
  bundleHash: string;
  /** File names under tests/ (empty when the flow has no saved test cases). */
  testFiles: string[];
  /** The Baton server's origin (e.g. https://baton.example.com), for the embed and bundle API. */
  origin: string;
}

/**
 * The README.md of an export zip: what is in the folder and how to run the flow with no Baton
 * server — the CLI (validate, chat, test), a Node service and a browser page — plus the embed
 * snippet and the bundle API for pipelines. Every command works from the unzipped folder as is.
 */
export function exportReadme(input: ExportReadmeInput): string {
  const { flowName, flowId, version, bundleFile, bundleHash, testFiles, origin } = input;
  const tests = testFiles.length
    ? `${testFiles.length} conversation test case${testFiles.length === 1 ? "" : "s"} saved with the flow:\n\n${testFiles.map((file) => `- \`tests/${file}\``).join("\n")}`
    : "No conversation test cases were saved with this flow yet (save chats as tests in the editor's preview).";
  return `# ${flowName} — version ${version}

Exported from Baton. Everything here runs with Node.js 20+ or a modern browser: no Baton
server, no \`npm install\`.

| file | what it is |
|---|---|
| \`${bundleFile}\` | the runtime bundle of version ${version} (sha-256 \`${bundleHash}\`), with its language pack: the words its NLU and handoff triggers understand (\`language\`) |
| \`baton-runtime.mjs\` | the interpreter, one dependency-free ES module (Node, Deno, Bun, browsers) |
| \`baton-runtime.d.ts\`, \`baton-runtime.d.mts\` | its TypeScript types |
| \`baton.mjs\` | the command-line tool: validate, chat, test |
| \`tests/\` | conversation test cases (JSON, runnable with \`baton.mjs test\`) |

${tests}

## Command line

\`\`\`sh
node baton.mjs validate ${bundleFile}            # structural checks; exit 1 on errors
node baton.mjs chat ${bundleFile} --agents online  # talk to the flow in the terminal
node baton.mjs chat ${bundleFile} --agents after-hours
node baton.mjs test ${bundleFile} tests/          # run every test case; exit 1 on any failure
\`\`\`

\`chat\` runs in a simulated world (\`--agents online|offline|busy|after-hours\`, \`--now <ISO time>\`,
\`--world <world.json>\`); \`test\` prints the first difference of each failing case (\`--json\` for CI).

## In a Node service

The interpreter does no I/O itself: everything with a side effect (is a queue open, put the user in
line, create a ticket, call a webhook) is an *effect* your host performs and answers.

\`\`\`js
// chat.mjs — node chat.mjs
import { readFile } from "node:fs/promises";
import { createConversation } from "./baton-runtime.mjs";

const bundle = JSON.parse(await readFile(new URL("./${bundleFile}", import.meta.url), "utf8"));

const host = {
  now: () => new Date().toISOString(),
  async perform(effect) {
    switch (effect.type) {
      case "check_availability": return { ok: true, available: false, reason: "closed" };
      case "enqueue_handoff":    return { ok: true, position: 1, estimatedWaitSec: 60 };
      case "create_ticket":      return { ok: true, reference: "T-" + Date.now() };
      case "offer_callback_slots": return { ok: true, slots: [{ value: "2030-01-07T09:00:00Z", label: "Mon 9:00" }] };
      case "schedule_callback":  return { ok: true, reference: "C-" + Date.now() };
      case "call_webhook": {
        const response = await fetch(effect.url, { method: effect.method, headers: effect.headers, body: effect.method === "GET" ? undefined : effect.body, signal: AbortSignal.timeout(effect.timeoutMs) });
        return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
      }
      default: return { ok: true }; // notifications (cancel_handoff, deliver_to_agent)
    }
  },
};

const chat = createConversation(bundle, host);
const show = ({ outputs }) => outputs.filter((o) => o.type === "message").forEach((o) => console.log(\`\${o.from}: \${o.text}\`));
show(await chat.start());
show(await chat.send("where is my order?"));
// chat.state is plain JSON: store it, and resume later with createConversation(bundle, host, { state })
\`\`\`

TypeScript picks up \`baton-runtime.d.mts\` for \`import … from "./baton-runtime.mjs"\`.

## In a browser

Serve this folder (e.g. \`npx serve .\` or any static server) and open a page with:

\`\`\`html
<script type="module">
  import { createConversation } from "./baton-runtime.mjs";
  const bundle = await (await fetch("./${bundleFile}")).json();
  const host = { now: () => new Date().toISOString(), perform: async () => ({ ok: true, available: false }) };
  const chat = createConversation(bundle, host);
  for (const output of (await chat.start()).outputs) if (output.type === "message") console.log(output.text);
</script>
\`\`\`

## Live chat on your site (served by Baton)

To run the flow on your Baton server instead — with real queues and agents in the desk — add
this to any page (it uses the latest published version):

\`\`\`html
<script src="${origin}/embed.js" data-flow="${flowId}" data-title="${escapeAttribute(flowName)}" defer></script>
\`\`\`

## Fetching bundles in a pipeline

\`\`\`sh
curl -fsS -H "Authorization: Bearer $BATON_API_KEY" \\
  "${origin}/api/flows/${flowId}/bundle?version=${version}" -o ${bundleFile}
\`\`\`

\`version=latest\` gives the newest published version; the \`ETag\` header is the bundle's hash, so
\`If-None-Match\` answers 304 when nothing changed. Create API keys in Baton under Settings → API keys.
`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
