"use client";

import { useQuery } from "@tanstack/react-query";
import { useSessionUser } from "@/components/auth/use-session-user";
import { roleAllows } from "@/lib/auth/roles";
import { listDeskHandoffs } from "@/lib/api/live";

/** How often the top bar looks for waiting conversations; the desk itself is live (SSE). */
const REFRESH_MS = 15_000;

/**
 * The number of conversations waiting for an agent, on the Desk link, for agents who are
 * elsewhere in Baton (the desk shows them itself). Nothing for people who cannot take them.
 */
export function DeskBadge({ onDesk }: { onDesk: boolean }) {
  const { data: user } = useSessionUser();
  const enabled = !onDesk && roleAllows(user?.role ?? null, ["agent"]);
  const { data: waiting } = useQuery({
    queryKey: ["desk", "waiting-count"],
    queryFn: () => listDeskHandoffs({ view: "open", scope: "all" }).then((answer) => answer.handoffs.filter((handoff) => handoff.status === "queued").length),
    enabled,
    refetchInterval: REFRESH_MS,
  });
  if (!enabled || !waiting) return null;
  return (
    <span
      data-testid="nav-desk-badge"
      aria-label={`${waiting} waiting`}
      className="ml-0.5 min-w-5 rounded-full bg-rose-600 px-1.5 text-center text-xs font-medium leading-5 text-white"
    >
      {waiting > 99 ? "99+" : waiting}
    </span>
  );
}
