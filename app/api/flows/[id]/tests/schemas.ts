import { z } from "zod";
import { conversationTestCaseSchema } from "@/lib/flow/test-case";

/** POST /api/flows/:id/tests and PUT /api/flows/:id/tests/:testId — the runtime's test-case JSON. */
export const testCaseBody = z.object({ testCase: conversationTestCaseSchema }).strict();

export const flowTestParams = z.object({ id: z.string().min(1).max(100), testId: z.string().min(1).max(100) });
