"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/auth/api-error";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { UserRecord } from "@/lib/auth/records";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, roleSchema, type Role } from "@/lib/auth/roles";
import { createUser } from "./settings-api";

interface NewUserValues {
  name: string;
  email: string;
  password: string;
  role: Role;
}

const EMPTY: NewUserValues = { name: "", email: "", password: "", role: "designer" };

/** Adds a user with a role and a first password, which the admin hands over. */
export function CreateUserDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (user: UserRecord) => void }) {
  const [values, setValues] = useState<NewUserValues>(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close(next: boolean) {
    if (!next) {
      setValues(EMPTY);
      setFields({});
      setError(null);
    }
    onOpenChange(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFields({});
    setError(null);
    try {
      onCreated(await createUser(values));
      close(false);
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
    <Dialog open={open} onOpenChange={close} title="Add user" description="They sign in with this email and password, and can change the password under Your account.">
      <form onSubmit={submit} className="space-y-3" noValidate>
        <Field label="Name" htmlFor="new-user-name" error={fields.name}>
          <Input id="new-user-name" value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} autoFocus />
        </Field>
        <Field label="Email" htmlFor="new-user-email" error={fields.email}>
          <Input id="new-user-email" type="email" value={values.email} onChange={(event) => setValues({ ...values, email: event.target.value })} />
        </Field>
        <Field label="Role" htmlFor="new-user-role" hint={ROLE_DESCRIPTIONS[values.role]}>
          <Select
            id="new-user-role"
            value={values.role}
            onChange={(event) => {
              const role = roleSchema.safeParse(event.target.value);
              if (role.success) setValues({ ...values, role: role.data });
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="First password" htmlFor="new-user-password" error={fields.password} hint="At least 10 characters. Share it privately.">
          <Input id="new-user-password" type="password" autoComplete="new-password" value={values.password} onChange={(event) => setValues({ ...values, password: event.target.value })} />
        </Field>
        {error ? (
          <p role="alert" className="text-sm text-rose-700">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={() => close(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Adding…" : "Add user"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
