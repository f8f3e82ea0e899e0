import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { baseURL } from "../desk/live-setup";

/** An agent account for one spec: its sign-in, and the name users see. */
export interface AgentAccount {
  name: string;
  email: string;
  password: string;
  displayName: string;
}

/** Creates (or finds) the agent user and gives them a desk profile on `queues`. */
export async function ensureAgentUser(admin: APIRequestContext, account: AgentAccount, queues: string[]): Promise<string> {
  const created = await admin.post("/api/admin/users", { data: { name: account.name, email: account.email, password: account.password, role: "agent" } });
  expect([201, 409], await created.text()).toContain(created.status());
  const listed = await admin.get("/api/admin/users");
  const { users }: { users: { id: string; email: string }[] } = await listed.json();
  const user = users.find((item) => item.email === account.email);
  if (!user) throw new Error(`the agent ${account.email} was not created`);
  const saved = await admin.post("/api/settings/agents", { data: { userId: user.id, displayName: account.displayName, queues, maxConcurrent: 3 } });
  expect(saved.ok(), await saved.text()).toBe(true);
  return user.id;
}

/** A browser context signed in as the agent (through the sign-in API, keeping its cookies). */
export async function agentContextFor(browser: Browser, account: AgentAccount): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseURL(), extraHTTPHeaders: { origin: baseURL() }, storageState: { cookies: [], origins: [] } });
  const signedIn = await context.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
  return context;
}
