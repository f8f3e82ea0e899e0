"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TriangleAlert, UserPlus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { UserRecord } from "@/lib/auth/records";
import { ROLE_LABELS, ROLES, roleSchema, type Role } from "@/lib/auth/roles";
import { CreateUserDialog } from "./create-user-dialog";
import { deleteUser, fetchUsers, settingsKeys, updateUser } from "./settings-api";

/** Users & roles: who can sign in, with which role; add, change role, disable, delete. */
export function UsersPanel() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: settingsKeys.users, queryFn: fetchUsers });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<UserRecord | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: settingsKeys.users });
    void queryClient.invalidateQueries({ queryKey: settingsKeys.audit });
  };
  const change = useMutation({
    mutationFn: ({ id, ...change }: { id: string; role?: Role; disabled?: boolean }) => updateUser(id, change),
    onSuccess: (user) => {
      toast.success(`${user.email} updated`);
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });
  const remove = useMutation({
    mutationFn: (user: UserRecord) => deleteUser(user.id),
    onSuccess: (_result, user) => {
      toast.success(`${user.email} deleted`);
      setDeleting(null);
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });

  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;

  return (
    <section aria-label="Users">
      {data.demoUsers.length > 0 ? (
        <p className="mb-4 flex items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
          Demo accounts with the public password “baton-demo” exist ({data.demoUsers.join(", ")}). Delete them before anyone else can reach this Baton.
        </p>
      ) : null}
      <div className="flex items-center justify-between">
        <p className="text-sm text-slate-600">Admins manage settings and users; designers build and publish flows; agents answer handoffs in the desk.</p>
        <Button variant="primary" onClick={() => setCreating(true)}>
          <UserPlus className="h-4 w-4" aria-hidden /> Add user
        </Button>
      </div>
      <table className="mt-4 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            <th className="px-3 py-2 font-medium">User</th>
            <th className="px-3 py-2 font-medium">Role</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium sr-only">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((user) => {
            const isMe = user.id === data.me;
            return (
              <tr key={user.id} className="border-t border-slate-100" aria-label={user.email}>
                <td className="px-3 py-2">
                  <div className="font-medium text-slate-900">{user.name}</div>
                  <div className="text-xs text-slate-500">
                    {user.email}
                    {isMe ? " (you)" : ""}
                  </div>
                </td>
                <td className="px-3 py-2">
                  <Select
                    aria-label={`Role of ${user.email}`}
                    value={user.role ?? ""}
                    disabled={isMe || change.isPending}
                    title={isMe ? "You cannot change your own role" : undefined}
                    onChange={(event) => {
                      const role = roleSchema.safeParse(event.target.value);
                      if (role.success) change.mutate({ id: user.id, role: role.data });
                    }}
                    className="w-36"
                  >
                    {user.role === null ? <option value="">No role</option> : null}
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </Select>
                </td>
                <td className="px-3 py-2">{user.disabled ? <Badge tone="warning">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
                <td className="px-3 py-2 text-right">
                  {isMe ? null : (
                    <div className="flex justify-end gap-2">
                      <Button size="sm" onClick={() => change.mutate({ id: user.id, disabled: !user.disabled })} disabled={change.isPending}>
                        {user.disabled ? "Enable" : "Disable"}
                      </Button>
                      <Button size="sm" variant="ghost" className="text-rose-600" onClick={() => setDeleting(user)}>
                        Delete
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CreateUserDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(user) => {
          toast.success(`${user.email} can now sign in as ${user.role ? ROLE_LABELS[user.role].toLowerCase() : "a user"}`);
          refresh();
        }}
      />
      <Dialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title="Delete user"
        description={deleting ? `${deleting.email} will be signed out and can no longer sign in. This cannot be undone; disable the user instead to keep their account.` : undefined}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>Cancel</Button>
            <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
              Delete user
            </Button>
          </>
        }
      />
    </section>
  );
}
