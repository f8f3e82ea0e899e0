"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Dialog } from "@/components/ui/dialog";
import { createTestCase, previewKeys } from "@/lib/preview/preview-api";
import { previewClassifier } from "@/lib/preview/memo-classifier";
import type { PreviewSession, PreviewSnapshot } from "@/lib/preview/preview-session";
import { runTestCase } from "@/lib/runtime";

/**
 * Names the current chat and stores it as a conversation test case with the flow. Before saving
 * it replays the case on the current draft, so a chat that cannot be repeated (edited variables,
 * a mid-flow start) is flagged instead of becoming a test that fails from day one.
 */
export function SaveTestDialog({
  flowId,
  session,
  snapshot,
  open,
  onOpenChange,
}: {
  flowId: string;
  session: PreviewSession;
  snapshot: PreviewSnapshot;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [name, setName] = useState("");
  const queryClient = useQueryClient();
  const caveats = snapshot.caveats;
  // the same chat on the same bundle gives the same verdict: keyed by both, run while open
  const check = useQuery({
    queryKey: ["preview-replay-check", flowId, snapshot.bundleHash, snapshot.turns.length, snapshot.entries.length, snapshot.caveats.length, JSON.stringify(snapshot.world)],
    queryFn: () => {
      const bundle = session.currentBundle;
      if (!bundle) throw new Error("The flow has not compiled yet.");
      return runTestCase(bundle, session.testCase("check"), { classifier: previewClassifier });
    },
    enabled: open,
    gcTime: 0,
    retry: false,
  });
  const save = useMutation({
    mutationFn: () => createTestCase(flowId, session.testCase(name.trim())),
    onSuccess: () => {
      toast.success(`Saved test “${name.trim()}”`);
      void queryClient.invalidateQueries({ queryKey: previewKeys.tests(flowId) });
      setName("");
      onOpenChange(false);
    },
    onError: (error) => toast.error(`Could not save the test: ${error.message}`),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Save as test"
      description="The world, what the user and the agent did, and what the bot said become a repeatable test of this flow."
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" disabled={!name.trim() || save.isPending} onClick={() => save.mutate()}>Save test</Button>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) save.mutate();
        }}
        className="space-y-3"
      >
        <Field label="Test name" htmlFor="test-name">
          <Input id="test-name" autoFocus value={name} maxLength={200} onChange={(event) => setName(event.target.value)} placeholder="e.g. Refund handed back" />
        </Field>
        {caveats.length > 0 ? <p className="text-xs text-amber-700">Careful: {caveats.join("; ")} — a test starts at Start with the world as it is now.</p> : null}
        <p className="text-xs" data-testid="save-test-check">
          {check.isPending
            ? "Checking that it replays…"
            : check.isError
              ? `Could not check the replay: ${check.error.message}`
              : check.data.pass
                ? "✓ Replays exactly on the current draft."
                : `✗ It does not replay as chatted: ${check.data.failures[0]?.expected ?? ""}, got ${check.data.failures[0]?.actual ?? ""}.`}
        </p>
      </form>
    </Dialog>
  );
}
