"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { sendJson, ApiError } from "./api-error";

/** Email + password; on success a full navigation to `next` so every server component sees the session. */
export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await sendJson("/api/auth/sign-in/email", { body: { email, password } });
      window.location.assign(next);
    } catch (caught) {
      setError(signInMessage(caught));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Email" htmlFor="sign-in-email">
        <Input id="sign-in-email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} autoFocus />
      </Field>
      <Field label="Password" htmlFor="sign-in-password">
        <Input id="sign-in-password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-full justify-center" disabled={busy || !email || !password}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}

function signInMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return "Could not reach Baton. Check your connection and try again.";
  if (error.status === 401) return "That email and password don’t match. Check both and try again.";
  return error.message;
}
