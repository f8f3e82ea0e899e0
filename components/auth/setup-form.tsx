"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError, sendJson } from "./api-error";

/** Creates the first admin, then signs them in and opens Settings so they can add their team. */
export function SetupForm() {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await sendJson("/api/auth/setup", { body: values });
      await sendJson("/api/auth/sign-in/email", { body: { email: values.email, password: values.password } });
      router.replace("/settings");
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFields(caught.fields);
        setError(caught.message);
      } else setError("Could not reach Baton. Try again.");
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Your name" htmlFor="setup-name" error={fields.name}>
        <Input id="setup-name" autoComplete="name" value={values.name} onChange={set("name")} autoFocus />
      </Field>
      <Field label="Email" htmlFor="setup-email" error={fields.email}>
        <Input id="setup-email" type="email" autoComplete="username" value={values.email} onChange={set("email")} />
      </Field>
      <Field label="Password" htmlFor="setup-password" error={fields.password} hint="At least 10 characters. A short sentence is easy to remember.">
        <Input id="setup-password" type="password" autoComplete="new-password" value={values.password} onChange={set("password")} />
      </Field>
      {error && Object.keys(fields).length === 0 ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-full justify-center" disabled={busy}>
        {busy ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
