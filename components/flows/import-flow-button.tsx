"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError, importFlow } from "@/lib/api/flows";

interface ImportProblem {
  path: string;
  message: string;
}

/** Imports a `.baton-flow.json` file; a bad file opens a dialog listing each problem and where it is. */
export function ImportFlowButton() {
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<{ file: string; message: string; problems: ImportProblem[] } | null>(null);

  const upload = useMutation({
    mutationFn: async (file: File) => importFlow(await file.text()),
    onSuccess: ({ flow }) => {
      void queryClient.invalidateQueries({ queryKey: ["flows"] });
      router.push(`/flows/${flow.id}`);
    },
    onError: (error, file) => {
      setFailure({ file: file.name, message: error.message, problems: error instanceof ApiError ? readProblems(error.details) : [] });
    },
  });

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        aria-label="Import flow file"
        data-testid="import-flow-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.mutate(file);
          event.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={upload.isPending}>
        <Upload className="h-4 w-4" aria-hidden /> Import
      </Button>
      <Dialog
        open={failure !== null}
        onOpenChange={(open) => !open && setFailure(null)}
        title={`Couldn't import ${failure?.file ?? "the file"}`}
        description={failure?.message}
        footer={<Button onClick={() => setFailure(null)}>Close</Button>}
      >
        {failure && failure.problems.length > 0 ? (
          <ul aria-label="Import problems" className="max-h-64 space-y-1 overflow-auto text-sm">
            {failure.problems.map((problem, index) => (
              <li key={index} className="rounded bg-rose-50 px-2 py-1 text-rose-900">
                <code className="font-mono text-xs text-rose-700">{problem.path}</code> — {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
      </Dialog>
    </>
  );
}

function readProblems(details: unknown): ImportProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item: unknown) =>
    typeof item === "object" && item !== null && "path" in item && "message" in item
      ? [{ path: String(item.path), message: String(item.message) }]
      : [],
  );
}
