import { chatCommand } from "./chat";
import { testCommand } from "./test";
import { validateCommand } from "./validate";

const USAGE = `Baton runtime CLI

  node baton.mjs validate <bundle.json> [--json]
  node baton.mjs chat <bundle.json> [--agents online|offline|busy|after-hours] [--now <ISO>] [--world <world.json>]
  node baton.mjs test <bundle.json> <case.json|dir>... [--json]`;

/** Runs one CLI command and returns its exit code. */
export async function main(argv: string[], print: (line: string) => void = (line) => console.log(line)): Promise<number> {
  const [command, ...args] = argv;
  if (command === "validate") return validateCommand(args, print);
  if (command === "test") return testCommand(args, print);
  if (command === "chat") return chatCommand(args, print);
  print(USAGE);
  return command === undefined || command === "help" || command === "--help" ? 0 : 2;
}
