"use client";

import { BarChart3, Headset, Settings, Workflow } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { UserMenu } from "@/components/auth/user-menu";
import { cn } from "@/components/ui/cn";
import { DeskBadge } from "./desk-badge";

const links = [
  { href: "/", label: "Flows", icon: Workflow, match: (path: string) => path === "/" || path.startsWith("/flows") },
  { href: "/desk", label: "Desk", icon: Headset, match: (path: string) => path.startsWith("/desk") },
  { href: "/analytics", label: "Analytics", icon: BarChart3, match: (path: string) => path.startsWith("/analytics") },
  { href: "/settings", label: "Settings", icon: Settings, match: (path: string) => path.startsWith("/settings") },
];

/** The top bar: the product and its four places. */
export function AppNav() {
  const pathname = usePathname();
  // The public chat is for end users: no product navigation there.
  if (pathname.startsWith("/chat/")) return null;
  return (
    <header className="flex h-12 shrink-0 items-center gap-6 border-b border-slate-200 bg-white px-4">
      <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
        <span aria-hidden className="grid h-6 w-6 place-items-center rounded bg-slate-900 text-xs text-white">
          B
        </span>
        Baton
      </Link>
      <nav aria-label="Main" className="flex items-center gap-1">
        {links.map(({ href, label, icon: Icon, match }) => {
          const active = match(pathname);
          return (
            <Link
              key={href}
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm",
                active ? "bg-slate-100 font-medium text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
              )}
            >
              <Icon className="h-4 w-4" aria-hidden />
              {label}
              {href === "/desk" && <DeskBadge onDesk={active} />}
            </Link>
          );
        })}
      </nav>
      <div className="ml-auto">
        <UserMenu />
      </div>
    </header>
  );
}
