/**
 * `npm run simulate -- --flow <id> --conversations <n> [--base-url http://127.0.0.1:3000] [--seed 1]
 *  [--agent agent@acme.test:baton-demo | --no-agent]`
 *
 * Sends simulated traffic to a RUNNING Baton server through the public chat API, with a simulated
 * agent at the desk, so the flow's analytics has realistic data. The same seed sends the same
 * traffic. Big runs: start the server with BATON_CHAT_RATE_LIMIT=0 (otherwise 429s slow it down;
 * the simulator waits them out).
 */
import { parseArgs } from "node:util";
import { simulateTraffic } from "../analytics/simulator/simulate-traffic";

const { values } = parseArgs({
  options: {
    flow: { type: "string" },
    conversations: { type: "string", default: "50" },
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    seed: { type: "string", default: "1" },
    agent: { type: "string", default: "agent@acme.test:baton-demo" },
    "no-agent": { type: "boolean", default: false },
  },
});

const conversations = Number.parseInt(values.conversations, 10);
const seed = Number.parseInt(values.seed, 10);
if (!values.flow || !Number.isInteger(conversations) || conversations < 1 || !Number.isInteger(seed)) {
  console.error("Usage: npm run simulate -- --flow <flow id> --conversations <n> [--base-url http://127.0.0.1:3000] [--seed 1] [--agent email:password | --no-agent]");
  process.exit(2);
}
const [email = "", password = ""] = values.agent.split(/:(.*)/s);

const started = Date.now();
const summary = await simulateTraffic({
  baseUrl: values["base-url"],
  flowId: values.flow,
  conversations,
  seed,
  agent: values["no-agent"] ? null : { email, password },
  onProgress: (done, total) => process.stderr.write(`\r${progressBar(done, total)}`),
});
process.stderr.write("\n");
if (!values["no-agent"] && !summary.agentSignedIn) console.error(`simulate: could not sign in as ${email}; handoffs were left waiting.`);
console.log(JSON.stringify({ ...summary, seconds: Math.round((Date.now() - started) / 100) / 10 }, null, 2));
process.exit(summary.failed > 0 && summary.conversations === 0 ? 1 : 0);

/** `[██████░░░░░░] 12/50 conversations` */
function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} conversations`;
}
