import { z } from "zod";
import { variableNameSchema } from "../json";

export const answerValidationSchema = z.enum(["text", "number", "email", "phone", "date", "choice"]);
export type AnswerValidation = z.infer<typeof answerValidationSchema>;

/**
 * Asks, waits for the answer, validates it and stores it in a variable.
 * An answer that does not validate leaves through `no_match` (usually into a Fallback,
 * whose retry comes back here).
 */
export const questionConfigSchema = z.object({
  prompt: z.string().min(1, "A question needs a prompt"),
  variable: variableNameSchema,
  validation: answerValidationSchema.default("text"),
  /** Allowed answers for `choice`; also shown as quick replies. */
  choices: z.array(z.string().min(1)).default([]),
});
export type QuestionConfig = z.infer<typeof questionConfigSchema>;

export const questionDefaults = {
  prompt: "What is your order number?",
  variable: "answer",
  validation: "text",
  choices: [],
} as const satisfies QuestionConfig;

export const questionPorts = () => ["answered", "no_match"] as const;
