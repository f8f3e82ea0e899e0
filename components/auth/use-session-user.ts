"use client";

import { useQuery } from "@tanstack/react-query";
import { parseRole, type Role } from "@/lib/auth/roles";
import { sendJson } from "./api-error";

export interface SessionUser {
  name: string;
  email: string;
  role: Role | null;
}

/**
 * The signed-in user, or null. One cached query for the whole top bar; reading the session
 * through /api/auth/get-session also renews the session cookie while people work.
 */
export function useSessionUser() {
  return useQuery({ queryKey: ["session"], queryFn: loadUser, staleTime: 60_000 });
}

async function loadUser(): Promise<SessionUser | null> {
  const data = await sendJson("/api/auth/get-session");
  if (typeof data !== "object" || data === null || !("user" in data)) return null;
  const { user } = data;
  if (typeof user !== "object" || user === null) return null;
  const email = "email" in user && typeof user.email === "string" ? user.email : "";
  const name = "name" in user && typeof user.name === "string" ? user.name : "";
  return { email, name, role: parseRole("role" in user ? user.role : null) };
}
