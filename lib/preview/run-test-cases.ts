import { runTestCase, type ClassifierFactory, type ConversationTestCase, type RuntimeBundle, type TestCaseResult } from "@/lib/runtime";
import { previewClassifier } from "./memo-classifier";

/**
 * Runs test cases one after another against a bundle, reporting each result as it comes (the
 * Tests tab's progress bar). Yields to the event loop between cases so the page stays responsive.
 */
export async function runTestCases(
  bundle: RuntimeBundle,
  cases: readonly { id: string; testCase: ConversationTestCase }[],
  onResult: (id: string, result: TestCaseResult, done: number) => void,
  classifier: ClassifierFactory = previewClassifier,
): Promise<void> {
  let done = 0;
  for (const { id, testCase } of cases) {
    const result = await runTestCase(bundle, testCase, { classifier });
    onResult(id, result, ++done);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
