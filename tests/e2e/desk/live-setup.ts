import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type PlaywrightWorkerArgs } from "@playwright/test";
import type { QueueInput, WeeklyHours } from "@/lib/api/live";
import type { FlowDocumentInput } from "@/lib/flow";
import { adminStatePath, designerStatePath } from "../auth/global-setup";

export const E2E_AGENT = { name: "E2E Agent", email: "agent@e2e.test", password: "e2e-agent-password", role: "agent", displayName: "Sam" };

export const baseURL = () => `http://127.0.0.1:${process.env.BATON_E2E_PORT ?? "3200"}`;
const headers = () => ({ origin: baseURL() });

const acme: FlowDocumentInput = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8"));

/** Open around the clock, every day. */
export const ALWAYS_OPEN: WeeklyHours = (() => {
  const all = [{ from: "00:00", to: "24:00" }];
  return { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all };
})();

/** Open one hour a day, twelve hours away from now (UTC): closed whenever the test runs. */
export function closedNow(): WeeklyHours {
  const hour = (new Date().getUTCHours() + 12) % 24;
  const pad = (value: number) => String(value).padStart(2, "0");
  const slot = [{ from: `${pad(hour)}:00`, to: `${pad(hour)}:59` }];
  return { mon: slot, tue: slot, wed: slot, thu: slot, fri: slot, sat: slot, sun: slot };
}

export async function apiContext(playwright: PlaywrightWorkerArgs["playwright"], who: "admin" | "designer"): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: baseURL(), extraHTTPHeaders: headers(), storageState: who === "admin" ? adminStatePath() : designerStatePath() });
}

/** Loads the demo flow and publishes it when publishing exists (else live chat runs the draft). */
export async function loadAcmeFlow(designer: APIRequestContext, name: string): Promise<string> {
  const created = await designer.post("/api/flows", { data: { name, document: acme } });
  expect(created.ok(), await created.text()).toBe(true);
  const { flow }: { flow: { id: string; revision: number } } = await created.json();
  const published = await designer.post(`/api/flows/${flow.id}/publish`, { data: { revision: flow.revision } });
  expect([201, 404, 405], await published.text()).toContain(published.status());
  return flow.id;
}

/** Creates or replaces the queue `name` with `hours` (UTC), open to every test's needs. */
export async function setQueue(admin: APIRequestContext, name: string, hours: WeeklyHours): Promise<void> {
  const input: QueueInput = { name, hours, timeZone: "UTC", holidays: [], waitTimeoutSec: 0, capacity: 50 };
  const list = await admin.get("/api/settings/queues");
  expect(list.ok(), await list.text()).toBe(true);
  const { queues }: { queues: { id: string; name: string }[] } = await list.json();
  const existing = queues.find((queue) => queue.name === name);
  const response = existing ? await admin.put(`/api/settings/queues/${existing.id}`, { data: input }) : await admin.post("/api/settings/queues", { data: input });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The e2e agent user (role agent) with an agent profile on `queues`. Returns its user id. */
export async function ensureAgent(admin: APIRequestContext, queues: string[]): Promise<string> {
  const created = await admin.post("/api/admin/users", { data: { name: E2E_AGENT.name, email: E2E_AGENT.email, password: E2E_AGENT.password, role: E2E_AGENT.role } });
  expect([201, 409], await created.text()).toContain(created.status());
  const users = await admin.get("/api/admin/users");
  const { users: list }: { users: { id: string; email: string }[] } = await users.json();
  const user = list.find((item) => item.email === E2E_AGENT.email);
  if (!user) throw new Error("the e2e agent user was not created");
  const saved = await admin.post("/api/settings/agents", { data: { userId: user.id, displayName: E2E_AGENT.displayName, queues, maxConcurrent: 3 } });
  expect(saved.ok(), await saved.text()).toBe(true);
  return user.id;
}

/** A browser context signed in as the e2e agent (through the sign-in API, keeping its cookies). */
export async function agentContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseURL(), extraHTTPHeaders: headers(), storageState: { cookies: [], origins: [] } });
  const signedIn = await context.request.post("/api/auth/sign-in/email", { data: { email: E2E_AGENT.email, password: E2E_AGENT.password } });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
  return context;
}

/** An anonymous visitor: no cookies, no storage. */
export function visitorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseURL(), storageState: { cookies: [], origins: [] } });
}

/** Sets the agent's presence through the desk API (what the presence switch does). */
export async function setPresence(agent: BrowserContext, presence: "online" | "away" | "offline"): Promise<void> {
  const response = await agent.request.put("/api/desk/presence", { data: { presence } });
  expect(response.ok(), await response.text()).toBe(true);
}
