import type { Role } from "./roles";

/** The signed-in person, as route handlers and pages see them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** null when the stored role is unknown: such a user may do nothing. */
  role: Role | null;
}
