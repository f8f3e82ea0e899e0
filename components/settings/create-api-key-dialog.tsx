"use client";

import { Copy } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { ApiError } from "@/components/auth/api-error";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createApiKey } from "./settings-api";

/** Names a new key, then shows it once with a copy button: Baton keeps only its hash. */
export function CreateApiKeyDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: () => void }) {
  const [name, setName] = useState("");
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close(next: boolean) {
    if (!next) {
      setName("");
      setKey(null);
      setError(null);
    }
    onOpenChange(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setKey((await createApiKey(name)).key);
      onCreated();
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fields.name ?? caught.message) : "Could not reach Baton. Try again.");
    } finally {
      setBusy(false);
    }
  }

  if (key) {
    return (
      <Dialog
        open={open}
        onOpenChange={close}
        title="Copy your new API key"
        description="This is the only time it is shown. Store it in your secret manager now."
        footer={
          <Button variant="primary" onClick={() => close(false)}>
            I stored it
          </Button>
        }
      >
        <div className="flex items-center gap-2">
          <Input readOnly value={key} aria-label="New API key" className="font-mono text-xs" onFocus={(event) => event.target.select()} />
          <Button
            size="icon"
            aria-label="Copy key"
            onClick={() => void navigator.clipboard.writeText(key).then(() => toast.success("Copied"), () => toast.error("Copy failed: select the key and copy it"))}
          >
            <Copy className="h-4 w-4" aria-hidden />
          </Button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog open={open} onOpenChange={close} title="Create API key" description="Name it after what will use it, so you know what breaks when you revoke it.">
      <form onSubmit={submit} className="space-y-3" noValidate>
        <Field label="Name" htmlFor="api-key-name" error={error ?? undefined}>
          <Input id="api-key-name" value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Production chat server" autoFocus />
        </Field>
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={() => close(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy || !name.trim()}>
            {busy ? "Creating…" : "Create key"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
