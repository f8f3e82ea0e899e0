import { createInterface } from "node:readline";
import type { RuntimeBundle } from "../bundle-types";
import { createConversation, type Interaction } from "../driver";
import { createSimulatedHost, type SimulatedWorld } from "../hosts/simulated";
import type { Output } from "../types";
import { loadBundle, readJson } from "./load";

const HELP = `You are the user; type messages (a number picks a quick reply).
You are also the agent, with slash commands:
  /person            press "Talk to a person"
  /accept [name]     accept the handoff as an agent
  /reply <text>      say something as the agent
  /resolve [note]    resolve the conversation
  /handback <note>   hand the user back to the bot
  /timeout           nobody accepted in time
  /state             print the conversation state (JSON)
  /quit              leave`;

/**
 * `baton chat <bundle.json> [--agents online|offline|busy|after-hours] [--now <ISO>] [--world <file>]`:
 * an interactive conversation in a simulated world; also reads piped stdin.
 */
export async function chatCommand(args: string[], print: (line: string) => void): Promise<number> {
  const path = args.find((arg, index) => !arg.startsWith("--") && !(args[index - 1] ?? "").startsWith("--"));
  if (!path) {
    print("usage: baton chat <bundle.json> [--agents online|offline|busy|after-hours] [--now <ISO>] [--world <world.json>]");
    return 2;
  }
  const loaded = loadBundle(path);
  if ("error" in loaded) {
    print(`error: ${loaded.error}`);
    return 1;
  }
  const world = worldFrom(args);
  if ("error" in world) {
    print(`error: ${world.error}`);
    return 2;
  }
  return session(loaded.bundle, world.world, print);
}

async function session(bundle: RuntimeBundle, world: SimulatedWorld, print: (line: string) => void): Promise<number> {
  const conversation = createConversation(bundle, createSimulatedHost(world));
  let replies: { label: string; value?: string | undefined }[] = [];
  const show = (interaction: Interaction) => {
    for (const output of interaction.outputs) {
      const lines = render(output);
      for (const line of lines) print(line);
      if (output.type === "message" && output.quickReplies?.length) replies = output.quickReplies;
    }
  };
  print(`${bundle.flow.name} — /help for commands`);
  show(await conversation.start());
  const input = createInterface({ input: process.stdin, terminal: false });
  for await (const raw of input) {
    const line = raw.trim();
    if (!line) continue;
    if (!process.stdin.isTTY) print(`you    › ${line}`);
    const [command = "", ...rest] = line.split(" ");
    const argument = rest.join(" ").trim();
    const pick = /^\d+$/.test(line) ? replies[Number(line) - 1] : undefined;
    if (command === "/quit") break;
    else if (command === "/help") print(HELP);
    else if (command === "/state") print(JSON.stringify(conversation.state, null, 2));
    else if (command === "/person") show(await conversation.send({ action: "talk_to_person" }));
    else if (command === "/accept") show(await conversation.agentAccept(argument || "Alex"));
    else if (command === "/reply") show(await conversation.agentReply(argument));
    else if (command === "/resolve") show(await conversation.agentResolve(argument || undefined));
    else if (command === "/handback") show(await conversation.agentHandBack(argument));
    else if (command === "/timeout") show(await conversation.handoffTimeout());
    else if (command.startsWith("/")) print(`unknown command ${command} — /help`);
    else if (pick) show(await conversation.send({ action: { quickReply: pick.value ?? pick.label } }));
    else show(await conversation.send(line));
    if (conversation.state.status === "ended") break;
  }
  input.close();
  return 0;
}

function render(output: Output): string[] {
  switch (output.type) {
    case "message": {
      const lines = [`${output.from.padEnd(6)} › ${output.text}`];
      if (output.quickReplies?.length) lines.push(`         ${output.quickReplies.map((reply, i) => `(${i + 1}) ${reply.label}`).join("  ")}`);
      return lines;
    }
    case "handoff": {
      const { id, status, queue, trigger, position, agentName } = output.handoff;
      const hint = status === "queued" ? " — you are the agent: /accept [name], or /timeout" : "";
      const where = position && status === "queued" ? `, position ${position}` : agentName && status === "assigned" ? `, ${agentName}` : "";
      return [`  · handoff ${id} ${status} (${trigger}, queue ${queue}${where})${hint}`];
    }
    case "ticket":
      return [`  · ticket ${output.reference}`];
    case "callback":
      return [`  · callback ${output.reference} at ${output.slot.value}`];
    case "status":
      return output.status === "ended" ? ["  · conversation ended"] : [];
  }
}

/** The simulated world from --world, --agents and --now. */
function worldFrom(args: string[]): { world: SimulatedWorld } | { error: string } {
  const flag = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  let world: SimulatedWorld = {};
  const file = flag("--world");
  if (file) {
    const read = readJson(file);
    if ("error" in read) return read;
    const value = read.value;
    // a whole test case works too: its world is used
    const candidate = typeof value === "object" && value !== null && "world" in value ? value.world : value;
    world = JSON.parse(JSON.stringify(candidate ?? {}));
  }
  const agents = flag("--agents");
  if (agents === "after-hours") world.queues = { "*": { agents: "online", open: false } };
  else if (agents === "online" || agents === "offline" || agents === "busy") world.queues = { "*": { agents } };
  else if (agents !== undefined) return { error: `--agents must be online, offline, busy or after-hours (got ${agents})` };
  const now = flag("--now");
  if (now !== undefined) {
    if (Number.isNaN(Date.parse(now))) return { error: `--now must be an ISO time (got ${now})` };
    world.clock = now;
  }
  return { world };
}
