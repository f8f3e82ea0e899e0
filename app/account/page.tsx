import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requirePageUser } from "@/lib/auth/page-access";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/roles";

export const metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const { user } = await requirePageUser(ROLES, "/account");
  return (
    <main className="mx-auto w-full max-w-3xl px-6 py-10">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">Your account</h1>
        <SignOutButton />
      </div>
      <dl className="mt-4 grid max-w-md grid-cols-[7rem_1fr] gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm">
        <dt className="text-slate-500">Name</dt>
        <dd>{user.name}</dd>
        <dt className="text-slate-500">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-slate-500">Role</dt>
        <dd>{user.role ? `${ROLE_LABELS[user.role]} — ${ROLE_DESCRIPTIONS[user.role]}` : "No role: ask an admin"}</dd>
      </dl>
      <h2 className="mt-8 text-base font-semibold">Change password</h2>
      <div className="mt-3">
        <ChangePasswordForm />
      </div>
    </main>
  );
}
