import "server-only";
import { getDb } from "@/db/client";
import { getFlow } from "@/db/queries/flows";
import type { Flow } from "@/lib/api/flows";
import { AppError } from "@/lib/errors";
import { flowIdParams } from "@/app/api/flows/schemas";

/**
 * The flow the editor opens, read on the server so the page arrives with it (no request after
 * hydration); null when there is no such flow (or the id could not be one). Other failures throw
 * to the route's error boundary.
 */
export function loadFlow(id: string): Flow | null {
  const parsed = flowIdParams.safeParse({ id });
  if (!parsed.success) return null;
  try {
    return getFlow(getDb(), parsed.data.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
