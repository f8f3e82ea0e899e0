"use client";

import { useQueryClient } from "@tanstack/react-query";
import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { sendJson } from "./api-error";
import { useSessionUser } from "./use-session-user";

/**
 * The signed-in user's menu for the top bar: who you are, your account, sign out. Shows a "Sign in" link when nobody is signed in, and nothing on the sign-in and setup pages.
 */
export function UserMenu() {
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: user, isPending } = useSessionUser();
  if (pathname.startsWith("/sign-in") || pathname.startsWith("/setup") || isPending) return null;
  if (!user) {
    return (
      <Link href={`/sign-in?next=${encodeURIComponent(pathname)}`} className="text-sm font-medium text-slate-700 hover:text-slate-900">
        Sign in
      </Link>
    );
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Account menu for ${user.email}`}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        <UserRound className="h-4 w-4" aria-hidden />
        <span className="max-w-40 truncate">{user.name || user.email}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <div className="px-2 py-1.5">
          <div className="truncate text-sm font-medium text-slate-900">{user.email}</div>
          <div className="text-xs text-slate-500">{user.role ? ROLE_LABELS[user.role] : "No role"}</div>
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => router.push("/account")}>
          <UserRound className="h-4 w-4" aria-hidden /> Your account
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() =>
            void signOut().then(() => {
              queryClient.clear();
              router.replace("/sign-in");
              router.refresh();
            })
          }>
          <LogOut className="h-4 w-4" aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

async function signOut() {
  await sendJson("/api/auth/sign-out", { body: {} });
}
