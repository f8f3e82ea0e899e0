import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

/** The 403 page: who you are, what this page needs, and where you can go instead. */
export function Forbidden({ user, needs }: { user: SessionUser; needs: readonly Role[] }) {
  const needed = needs.map((role) => ROLE_LABELS[role]).join(" or ");
  return (
    <main className="mx-auto w-full max-w-xl px-6 py-16">
      <div className="rounded-lg border border-amber-200 bg-white p-6">
        <ShieldAlert className="h-6 w-6 text-amber-600" aria-hidden />
        <h1 className="mt-3 text-lg font-semibold">You don’t have access to this page</h1>
        <p className="mt-2 text-sm text-slate-700">
          It needs the <strong>{needed}</strong> role. You are signed in as {user.email}
          {user.role ? (
            <>
              {" "}
              with the <strong>{ROLE_LABELS[user.role]}</strong> role
            </>
          ) : (
            " without a role"
          )}
          . Ask an admin if you need it.
        </p>
        <p className="mt-1 text-xs text-slate-500">Error 403 · forbidden</p>
        <div className="mt-5 flex gap-3 text-sm">
          <Link href="/" className="font-medium text-sky-700 hover:underline">
            Go to Baton’s start page
          </Link>
          <Link href="/account" className="text-slate-600 hover:underline">
            Your account
          </Link>
        </div>
      </div>
    </main>
  );
}
