"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError, sendJson } from "./api-error";

/** Changes the signed-in user's password; other devices are signed out. */
export function ChangePasswordForm() {
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await sendJson("/api/account/password", { body: { currentPassword, newPassword } });
      setCurrent("");
      setNew("");
      toast.success("Password changed. Your other devices were signed out.");
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFields(caught.fields);
        if (Object.keys(caught.fields).length === 0) setError(caught.message);
      } else setError("Could not reach Baton. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="max-w-sm space-y-4" noValidate>
      <Field label="Current password" htmlFor="current-password" error={fields.currentPassword}>
        <Input id="current-password" type="password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrent(event.target.value)} />
      </Field>
      <Field label="New password" htmlFor="new-password" error={fields.newPassword} hint="At least 10 characters.">
        <Input id="new-password" type="password" autoComplete="new-password" value={newPassword} onChange={(event) => setNew(event.target.value)} />
      </Field>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={busy || !currentPassword || !newPassword}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
