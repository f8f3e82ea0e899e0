import type { Role } from "@/lib/auth/roles";
import type { CallInput } from "./call-as";

/**
 * What a caller gets from a route: 401 (must sign in / send a token), 403 (wrong role), or
 * `allowed` — through the auth check, whatever the route then says about the dummy input
 * (404 for an unknown id, 422 for an empty body…), as long as it is not 401, 403 or a 500.
 */
export type Outcome = 401 | 403 | "allowed";
export type Caller = "anonymous" | Role;

/** One row: the outcome for each caller, plus what to send when the defaults do not fit. */
export interface RouteRow {
  anonymous: Outcome;
  agent: Outcome;
  designer: Outcome;
  admin: Outcome;
  /** Public routes take no session, so the cross-site (CSRF) rule is not theirs to enforce. */
  public?: true;
  input?: CallInput;
  /** Why a row is not simply "this role and admin" (read in failure messages too). */
  note?: string;
}

// The columns most rows share. Admin passes every role check (lib/auth/roles.ts).
const designers = { anonymous: 401, agent: 403, designer: "allowed", admin: "allowed" } as const satisfies RouteRow;
const agents = { anonymous: 401, agent: "allowed", designer: 403, admin: "allowed" } as const satisfies RouteRow;
const admins = { anonymous: 401, agent: 403, designer: 403, admin: "allowed" } as const satisfies RouteRow;
const signedIn = { anonymous: 401, agent: "allowed", designer: "allowed", admin: "allowed" } as const satisfies RouteRow;
const everyone = { anonymous: "allowed", agent: "allowed", designer: "allowed", admin: "allowed", public: true } as const satisfies RouteRow;
/** The public chat authenticates the conversation, not a person: no token → 401, whoever is signed in. */
const conversationToken = { anonymous: 401, agent: 401, designer: 401, admin: 401, public: true } as const satisfies RouteRow;
/** Bundles and exports: an API key (see the key checks in the test) or a signed-in designer's session. */
const apiKeyOrDesigner = { ...designers, note: "API key, or a designer's session for the editor's download button" } as const satisfies RouteRow;

/** Conversation ids are UUIDs; anything else is a 422 before the token is looked at. */
const SOME_CONVERSATION = "00000000-0000-4000-8000-000000000000";

/**
 * Every route Baton serves × every caller. Keys are `METHOD /api/path` with `:param` for dynamic
 * segments and `*name` for a catch-all. A route file with no row here fails the test.
 */
export const ROUTE_TABLE: Record<string, RouteRow> = {
  // public entry points
  "GET /api/health": everyone,
  "GET /api/auth/*all": { ...everyone, input: { path: "/api/auth/get-session" } },
  "POST /api/auth/*all": { ...everyone, input: { path: "/api/auth/sign-in/email", body: {} }, note: "sign-in (an empty body is refused with 400)" },
  "PUT /api/auth/*all": { ...everyone, note: "better-auth's other endpoints answer 404 for everyone" },
  "PATCH /api/auth/*all": everyone,
  "DELETE /api/auth/*all": everyone,
  "POST /api/auth/setup": { ...everyone, note: "the one-time setup; 404 once an admin exists" },

  // public chat: anyone may start a conversation on a published flow; the rest needs its token
  "POST /api/chat/:flowId/conversations": { ...everyone, note: "404 for an unknown or unpublished flow" },
  "GET /api/chat/conversations/:id": { ...conversationToken, input: { params: { id: SOME_CONVERSATION } } },
  "GET /api/chat/conversations/:id/events": { ...conversationToken, input: { params: { id: SOME_CONVERSATION } } },
  "POST /api/chat/conversations/:id/messages": { ...conversationToken, input: { params: { id: SOME_CONVERSATION }, body: { text: "hi" } } },

  // any signed-in person
  "POST /api/account/password": signedIn,

  // designers: flows, tests, notes, versions, publish, bundles
  "GET /api/flows": designers,
  "POST /api/flows": designers,
  "POST /api/flows/import": designers,
  "GET /api/flows/:id": designers,
  "PUT /api/flows/:id": designers,
  "DELETE /api/flows/:id": designers,
  "GET /api/flows/:id/document": designers,
  "POST /api/flows/:id/duplicate": designers,
  "POST /api/flows/:id/restore": designers,
  "GET /api/flows/:id/tests": designers,
  "POST /api/flows/:id/tests": designers,
  "PUT /api/flows/:id/tests/:testId": designers,
  "DELETE /api/flows/:id/tests/:testId": designers,
  "GET /api/flows/:id/notes": designers,
  "POST /api/flows/:id/notes": designers,
  "POST /api/flows/:id/publish": designers,
  "GET /api/flows/:id/versions": designers,
  "GET /api/flows/:id/versions/:version": { ...designers, input: { params: { version: "1" } } },
  "GET /api/flows/:id/analytics": designers,
  "GET /api/flows/:id/analytics/not-understood": designers,
  "GET /api/flows/:id/analytics/samples": designers,
  "GET /api/flows/:id/bundle": apiKeyOrDesigner,
  "GET /api/flows/:id/export": apiKeyOrDesigner,

  // agents: the desk
  "GET /api/desk/me": agents,
  "PUT /api/desk/presence": agents,
  "GET /api/desk/events": { ...agents, note: "SSE: only the status is read" },
  "GET /api/desk/handoffs": agents,
  "GET /api/desk/handoffs/:id": agents,
  "POST /api/desk/handoffs/:id/accept": agents,
  "POST /api/desk/handoffs/:id/messages": agents,
  "POST /api/desk/handoffs/:id/transfer": agents,
  "POST /api/desk/handoffs/:id/hand-back": agents,
  "POST /api/desk/handoffs/:id/resolve": agents,
  "GET /api/desk/tickets": agents,
  "PATCH /api/desk/tickets/:id": agents,
  "GET /api/desk/callbacks": agents,
  "PATCH /api/desk/callbacks/:id": agents,
  "GET /api/settings/queues": { ...agents, note: "agents read the queues (the desk shows them); only admins change them" },

  // admins: users, keys, audit, settings
  "GET /api/admin/users": admins,
  "POST /api/admin/users": admins,
  "PATCH /api/admin/users/:id": admins,
  "DELETE /api/admin/users/:id": admins,
  "GET /api/admin/audit": admins,
  "GET /api/keys": admins,
  "POST /api/keys": admins,
  "DELETE /api/keys/:id": admins,
  "GET /api/settings/agents": admins,
  "POST /api/settings/agents": admins,
  "DELETE /api/settings/agents/:id": admins,
  "POST /api/settings/queues": admins,
  "PUT /api/settings/queues/:id": admins,
  "DELETE /api/settings/queues/:id": admins,
  "GET /api/settings/webhooks": admins,
  "POST /api/settings/webhooks": admins,
  "PUT /api/settings/webhooks/:id": admins,
  "DELETE /api/settings/webhooks/:id": admins,
  "GET /api/settings/webhooks/:id/deliveries": admins,
};

/**
 * Rows for routes (of work in progress) that do not check what they should yet: each is the row
 * the route SHOULD have. The test lists them as `todo` instead of failing; move a row up into
 * ROUTE_TABLE once its route is fixed.
 */
export const PENDING_FIXES: Record<string, RouteRow> = {};
