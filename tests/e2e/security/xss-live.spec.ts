import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { agentContextFor, ensureAgentUser } from "./live-agent";
import { DeskPage } from "../pages/desk-page";
import { PublicChatPage } from "../pages/public-chat-page";
import { ALWAYS_OPEN, apiContext, setPresence, setQueue, visitorContext } from "../desk/live-setup";
import { acmeOnQueue } from "./payload-flows";
import { XSS_PAYLOADS } from "./xss-corpus";
import { XssGuard } from "./xss-guard";

const root = path.resolve(import.meta.dirname, "../../..");
const livePagesExist = existsSync(path.join(root, "app/chat/[flowId]/page.tsx")) && existsSync(path.join(root, "app/desk/page.tsx"));

// Our own queue and agent, so the desk specs running beside this one never see our handoffs.
const QUEUE = "xss-desk";
const AGENT = { name: "XSS Agent", email: "xss-agent@e2e.test", password: "xss-agent-password", displayName: XSS_PAYLOADS[1] };

test("public chat and desk: payloads from the user and the agent (and an agent named like one) stay text on both sides", async ({ browser, playwright }) => {
  test.skip(!livePagesExist, "the public chat or the desk page does not exist yet");
  const admin = await apiContext(playwright, "admin");
  const designer = await apiContext(playwright, "designer");
  await setQueue(admin, QUEUE, ALWAYS_OPEN);
  await ensureAgentUser(admin, AGENT, [QUEUE]);
  const created = await designer.post("/api/flows", { data: { name: `XSS live ${Date.now()}`, document: acmeOnQueue(QUEUE) } });
  expect(created.status(), await created.text()).toBe(201);
  const { flow }: { flow: { id: string; revision: number } } = await created.json();
  const published = await designer.post(`/api/flows/${flow.id}/publish`, { data: { revision: flow.revision } });
  expect(published.status(), await published.text()).toBe(201);

  const agent = await agentContextFor(browser, AGENT);
  await setPresence(agent, "online");
  const visitor = await visitorContext(browser);
  const chat = new PublicChatPage(await visitor.newPage());
  const desk = new DeskPage(await agent.newPage());
  const userGuard = new XssGuard(chat.page);
  const deskGuard = new XssGuard(desk.page);

  await chat.goto(flow.id);
  await chat.send(XSS_PAYLOADS[0]);
  await expect(chat.message(XSS_PAYLOADS[0]).first()).toBeVisible();
  await chat.talkToPerson();
  await expect(chat.status).toContainText(/in line/);
  await userGuard.expectClean("a payload sent to the bot on the public chat");

  await desk.goto();
  const row = desk.waiting.getByTestId("desk-handoff");
  await expect(row).toHaveCount(1);
  await row.click();
  // the transcript the agent gets carries the user's payload, as text
  await expect(desk.messages().filter({ hasText: XSS_PAYLOADS[0] })).toHaveCount(1);
  await desk.accept();
  await expect(chat.status).toContainText(AGENT.displayName);
  await deskGuard.expectClean("the desk transcript");

  for (const payload of XSS_PAYLOADS) {
    await desk.reply(payload);
    await expect(chat.lastFrom("agent")).toContainText(payload);
    await chat.send(payload);
    await expect(desk.messages().filter({ hasText: payload }).last()).toBeVisible();
    await expect(chat.lastFrom("user")).toHaveText(payload);
    await userGuard.expectClean(`"${payload}" on the public chat`);
    await deskGuard.expectClean(`"${payload}" on the desk`);
  }

  // a reload renders the stored conversation (the server's copy) — still text
  await chat.page.reload();
  await expect(chat.message(XSS_PAYLOADS[4]).first()).toBeVisible();
  await userGuard.expectClean("the reloaded public chat");
  await desk.page.reload();
  await desk.mine.getByTestId("desk-handoff").first().click();
  await expect(desk.messages().filter({ hasText: XSS_PAYLOADS[4] }).first()).toBeVisible();
  await deskGuard.expectClean("the reloaded desk");

  await visitor.close();
  await agent.close();
  await admin.dispose();
  await designer.dispose();
});
