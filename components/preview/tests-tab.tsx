"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, Play, Trash2, XCircle } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describeStep } from "@/lib/preview/chat-to-test-case";
import { deleteTestCase, listTestCases, previewKeys, type StoredTestCase } from "@/lib/preview/preview-api";
import type { PreviewSession } from "@/lib/preview/preview-session";
import { runTestCases } from "@/lib/preview/run-test-cases";
import type { TestCaseResult } from "@/lib/runtime";

/**
 * The flow's stored conversation tests: "Run all" runs them in the browser against the current
 * draft with a progress bar, each shows pass/fail and its first difference (expected vs actual),
 * and "Open" replays one in the preview chat.
 */
export function TestsTab({ flowId, session, onOpened }: { flowId: string; session: PreviewSession; onOpened: () => void }) {
  const queryClient = useQueryClient();
  const tests = useQuery({ queryKey: previewKeys.tests(flowId), queryFn: () => listTestCases(flowId) });
  const [results, setResults] = useState<{ [id: string]: TestCaseResult }>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteTestCase(flowId, id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: previewKeys.tests(flowId) }),
    onError: (error) => toast.error(`Could not delete the test: ${error.message}`),
  });
  const list = tests.data?.tests ?? [];
  const runAll = async () => {
    const bundle = session.currentBundle;
    if (!bundle || list.length === 0) return;
    setResults({});
    setProgress({ done: 0, total: list.length });
    await runTestCases(bundle, list, (id, result, done) => {
      setResults((previous) => ({ ...previous, [id]: result }));
      setProgress({ done, total: list.length });
    });
  };
  const finished = progress !== null && progress.done === progress.total;
  const passed = Object.values(results).filter((result) => result.pass).length;
  return (
    <div className="space-y-2 p-3 text-sm">
      <div className="flex items-center gap-2">
        <Button size="sm" variant="primary" disabled={list.length === 0 || (progress !== null && !finished)} onClick={() => void runAll()}>
          <Play className="size-3.5" /> Run all
        </Button>
        {finished ? (
          <span data-testid="tests-summary" className="text-xs text-slate-600">
            {passed} of {progress.total} passed
          </span>
        ) : null}
      </div>
      {progress ? (
        <div role="progressbar" aria-label="Test progress" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} className="h-1.5 overflow-hidden rounded bg-slate-100">
          <div className="h-full bg-emerald-500 transition-all" style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
        </div>
      ) : null}
      {tests.isPending ? <p className="text-xs text-slate-500">Loading tests…</p> : null}
      {tests.isError ? <p className="text-xs text-rose-600">Could not load the tests: {tests.error.message}</p> : null}
      {!tests.isPending && list.length === 0 ? <p className="text-xs text-slate-500">No tests yet. Chat with the flow, then “Save as test”.</p> : null}
      <ul className="space-y-1.5">
        {list.map((test) => (
          <TestRow
            key={test.id}
            test={test}
            result={results[test.id]}
            onOpen={() => {
              onOpened();
              void session.replay(test.testCase);
            }}
            onDelete={() => remove.mutate(test.id)}
          />
        ))}
      </ul>
    </div>
  );
}

function TestRow({ test, result, onOpen, onDelete }: { test: StoredTestCase; result: TestCaseResult | undefined; onOpen: () => void; onDelete: () => void }) {
  const failure = result?.failures[0];
  return (
    <li data-testid="test-row" data-result={result ? (result.pass ? "pass" : "fail") : "not-run"} className="rounded border border-slate-200 p-2">
      <div className="flex items-center gap-2">
        {result ? result.pass ? <CheckCircle2 aria-label="passed" className="size-4 text-emerald-600" /> : <XCircle aria-label="failed" className="size-4 text-rose-600" /> : null}
        <span className="min-w-0 flex-1 truncate font-medium">{test.name}</span>
        <Button size="sm" variant="ghost" onClick={onOpen}>Open</Button>
        <Button size="icon" variant="ghost" aria-label={`Delete test ${test.name}`} onClick={onDelete}>
          <Trash2 className="size-3.5" />
        </Button>
      </div>
      {failure ? (
        <div data-testid="test-difference" className="mt-1 space-y-0.5 rounded bg-rose-50 p-1.5 text-xs text-rose-900">
          <p>
            Step {failure.step + 1}
            {failure.step >= 0 ? ` (after: ${describeStep(previousAction(test, failure.step))})` : ""}
          </p>
          <p><span className="font-medium">Expected:</span> {failure.expected}</p>
          <p><span className="font-medium">Actual:</span> {failure.actual}</p>
        </div>
      ) : null}
    </li>
  );
}

/** The action an expectation follows (expectations check what the last action produced). */
function previousAction(test: StoredTestCase, step: number) {
  for (let index = step; index >= 0; index--) {
    const candidate = test.testCase.steps[index];
    if (candidate && !("expect" in candidate)) return candidate;
  }
  return undefined;
}
