import type { z } from "zod";
import { problem, type Problem } from "./problem";

/** Where a zod issue sits, for the message and for placing it on the canvas. */
export interface IssueContext {
  /** Path of the checked value inside the document, e.g. ["nodes", 3]. */
  prefix: (string | number)[];
  nodeId?: string | undefined;
  port?: string | undefined;
  /** "Question "ask-email"", "Flow settings"… — who the designer should look at. */
  subject: string;
  hint: string;
}

/** Turns zod issues into `schema` problems: the JSON path, the node, and zod's plain message. */
export function schemaProblems(error: z.ZodError, context: IssueContext): Problem[] {
  return error.issues.map((issue) => {
    const path = [...context.prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
    const field = issue.path.length > 0 ? ` (${issue.path.map(String).join(".")})` : "";
    return problem(
      "schema",
      "error",
      `${context.subject}${field}: ${plainMessage(issue)}`,
      `${context.hint} Path: ${path.join(".") || "(document)"}.`,
      { nodeId: context.nodeId, port: context.port },
    );
  });
}

/** zod's default messages are written for developers; reword the common ones for designers. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    return issue.message.endsWith("received undefined") ? "this field is missing" : `should be of type ${issue.expected}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return issue.message;
}
