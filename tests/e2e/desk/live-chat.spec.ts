import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { DeskPage } from "../pages/desk-page";
import { PublicChatPage } from "../pages/public-chat-page";
import { agentContext, ALWAYS_OPEN, apiContext, closedNow, ensureAgent, loadAcmeFlow, setPresence, setQueue, visitorContext } from "./live-setup";

// One agent and the shared "support" queue: the scenarios change them, so they run one by one.
test.describe.configure({ mode: "serial" });

let admin: APIRequestContext;
let designer: APIRequestContext;
let agent: BrowserContext;
let flowId: string;

test.beforeAll(async ({ playwright, browser }) => {
  admin = await apiContext(playwright, "admin");
  designer = await apiContext(playwright, "designer");
  await setQueue(admin, "support", ALWAYS_OPEN);
  await setQueue(admin, "billing", ALWAYS_OPEN);
  await ensureAgent(admin, ["support", "billing"]);
  agent = await agentContext(browser);
  flowId = await loadAcmeFlow(designer, "Live desk e2e");
});

test.afterAll(async () => {
  await agent?.close();
  await admin?.dispose();
  await designer?.dispose();
});

test("talk to a person: the agent gets transcript and context, accepts, chats both ways, hands back, the bot continues", async ({ browser }) => {
  const visitor = await visitorContext(browser);
  const userPage = await visitor.newPage();
  const deskPage = await agent.newPage();
  const chat = new PublicChatPage(userPage);
  const desk = new DeskPage(deskPage);

  await desk.goto();
  await desk.setPresence("Online");

  await chat.goto(flowId);
  await expect(chat.lastFrom("bot")).toContainText("Hi! I'm the Acme assistant");
  await chat.send("hello there");
  await chat.talkToPerson();
  await expect(chat.status).toContainText(/You are (next|number \d+) in line/);

  const row = desk.waitingRow(/user request/);
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("trigger-badge")).toHaveAttribute("data-trigger", "user_request");
  await expect(deskPage).toHaveTitle(/^\(1\) /);
  // elsewhere in Baton the top bar's Desk link counts who is waiting (other specs may leave some too)
  const accountPage = await agent.newPage();
  await accountPage.goto("/account");
  await expect(accountPage.getByRole("navigation", { name: "Main" }).getByTestId("nav-desk-badge")).toHaveText(/^[1-9]\d*$/);
  await accountPage.close();
  await expect(deskPage.getByTestId("nav-desk-badge")).toHaveCount(0);
  await row.click();
  await expect(desk.contextCard()).toContainText("user request");
  await expect(desk.contextCard()).toContainText("support");
  // the whole transcript: the bot's greeting and what the user said before asking
  await expect(desk.messages().filter({ hasText: "Hi! I'm the Acme assistant" })).toHaveCount(1);
  await expect(desk.messages().filter({ hasText: "hello there" })).toHaveCount(1);

  await desk.accept();
  await expect(chat.status).toContainText("You’re chatting with Sam");
  await expect(desk.mine.getByTestId("desk-handoff")).toHaveCount(1);

  await desk.reply("Hi, I'm Sam. <b>How</b> can I help?");
  await expect(chat.lastFrom("agent")).toHaveText(/Sam\s*Hi, I'm Sam\. <b>How<\/b> can I help\?/);
  await chat.send("My parcel is late");
  await expect(desk.messages().filter({ hasText: "My parcel is late" })).toHaveCount(1);

  await desk.handBack("Parcel re-sent today");
  await expect(chat.message("You're back with the Acme assistant. Note from our team: Parcel re-sent today")).toBeVisible();
  await expect(chat.lastFrom("bot")).toHaveText("Is there anything else I can help with?");
  await expect(chat.status).toHaveCount(0);
  await expect(desk.mine.getByTestId("desk-handoff")).toHaveCount(0);

  // a reload keeps the conversation
  await userPage.reload();
  await expect(chat.message("Parcel re-sent today")).toBeVisible();
  await visitor.close();
  await deskPage.close();
});

test("agents offline: the user books a callback and the desk lists it", async ({ browser }) => {
  await setPresence(agent, "offline");
  const visitor = await visitorContext(browser);
  const chat = new PublicChatPage(await visitor.newPage());
  await chat.goto(flowId);
  await chat.talkToPerson();
  await expect(chat.message("Nobody from our support team is available right now.")).toBeVisible();
  await chat.quickReply("Call me back").click();
  await expect(chat.lastFrom("bot")).toHaveText("What phone number should we call?");
  await chat.send("+44 20 7946 0000");
  await expect(chat.lastFrom("bot")).toHaveText("When would suit you? Pick a time:");
  await chat.root.getByRole("group", { name: "Quick replies" }).getByRole("button").first().click();
  await expect(chat.message(/Done: we'll call you on .+\. Your reference is/)).toBeVisible();
  await expect(chat.root.getByText("This conversation has ended.")).toBeVisible();
  const reference = (await chat.confirmations().first().locator("span.font-mono").textContent())?.trim() ?? "";
  expect(reference).not.toBe("");

  const desk = new DeskPage(await agent.newPage());
  await desk.goto();
  await desk.showTab("Callbacks");
  const callbackRow = desk.page.getByRole("row", { name: reference });
  await expect(callbackRow).toBeVisible();
  await expect(callbackRow).toContainText("+44");
  await callbackRow.getByLabel(`Status of ${reference}`).selectOption("done");
  await desk.page.reload();
  await desk.showTab("Callbacks");
  await expect(desk.page.getByRole("row", { name: reference }).getByLabel(`Status of ${reference}`)).toHaveValue("done");
  await visitor.close();
  await desk.page.close();
});

test("after hours: the user leaves a ticket with a reference and the desk lists it", async ({ browser }) => {
  await setPresence(agent, "online");
  await setQueue(admin, "support", closedNow());
  try {
    const visitor = await visitorContext(browser);
    const chat = new PublicChatPage(await visitor.newPage());
    await chat.goto(flowId);
    await chat.talkToPerson();
    await expect(chat.message("Nobody from our support team is available right now.")).toBeVisible();
    await chat.quickReply("Email me").click();
    await expect(chat.lastFrom("bot")).toHaveText("What email address can we reach you at?");
    await chat.send("lee@example.org");
    await expect(chat.lastFrom("bot")).toHaveText("Please describe your issue in a few words.");
    await chat.send("My parcel never arrived");
    await expect(chat.message(/Thanks! Your ticket .+ is open; we'll email you at lee@example.org soon\./)).toBeVisible();
    const reference = (await chat.confirmations().first().locator("span.font-mono").textContent())?.trim() ?? "";
    expect(reference).not.toBe("");

    const desk = new DeskPage(await agent.newPage());
    await desk.goto();
    await desk.showTab("Tickets");
    const ticketRow = desk.page.getByRole("row", { name: reference });
    await expect(ticketRow).toContainText("lee@example.org");
    await expect(ticketRow).toContainText("My parcel never arrived");
    await ticketRow.getByLabel(`Status of ${reference}`).selectOption("pending");
    await expect(ticketRow.getByLabel(`Status of ${reference}`)).toHaveValue("pending");
    await visitor.close();
  } finally {
    await setQueue(admin, "support", ALWAYS_OPEN);
  }
});

test("accept race: the second agent to accept is told who took it, and the list updates", async ({ browser }) => {
  const visitor = await visitorContext(browser);
  const chat = new PublicChatPage(await visitor.newPage());
  const deskPage = await agent.newPage();
  const desk = new DeskPage(deskPage);
  // no live updates on this desk, so it still offers Accept after a colleague took the chat
  await deskPage.route("**/api/desk/events**", (route) => route.abort());
  await chat.goto(flowId);
  await chat.talkToPerson();
  await expect(chat.status).toContainText("You are next in line");
  await desk.goto();
  const row = desk.waitingRow(/user request/);
  await expect(row).toHaveCount(1);
  const handoffId = await row.getAttribute("data-handoff-id");
  await row.click();
  // the conversation must have loaded as still waiting before a colleague takes it
  await expect(desk.conversation.getByRole("button", { name: "Accept" })).toBeVisible();
  const taken = await admin.post(`/api/desk/handoffs/${handoffId}/accept`, { data: {} });
  expect(taken.ok(), await taken.text()).toBe(true);
  await desk.accept();
  await expect(deskPage.getByText("Already taken by E2E Admin.")).toBeVisible();
  await expect(desk.waiting.getByTestId("desk-handoff")).toHaveCount(0);
  await expect(chat.status).toContainText("You’re chatting with E2E Admin");
  const resolved = await admin.post(`/api/desk/handoffs/${handoffId}/resolve`, { data: {} });
  expect(resolved.ok(), await resolved.text()).toBe(true);
  await expect(chat.root.getByText("This conversation has ended.")).toBeVisible();
  await visitor.close();
  await deskPage.close();
});

test("public chat: an unknown flow says so instead of a broken chat", async ({ browser }) => {
  const visitor = await visitorContext(browser);
  const page = await visitor.newPage();
  await page.goto("/chat/no-such-flow");
  await expect(page.getByTestId("public-chat").getByRole("alert")).toContainText("This chat doesn't exist");
  await visitor.close();
});

test("public chat: Start over forgets the conversation; a reload keeps it", async ({ browser }) => {
  const visitor = await visitorContext(browser);
  const page = await visitor.newPage();
  const chat = new PublicChatPage(page);
  await chat.goto(flowId);
  await chat.send("what are your opening hours");
  await expect(chat.message("We're open Monday to Friday")).toBeVisible();
  await page.reload();
  await expect(chat.message("We're open Monday to Friday")).toBeVisible();
  await chat.root.getByRole("button", { name: "Start over" }).click();
  await expect(chat.messages).toHaveCount(1);
  await expect(chat.lastFrom("bot")).toContainText("Hi! I'm the Acme assistant");
  await visitor.close();
});

test("network drop: the chat says Reconnecting… and then shows what it missed", async ({ browser }) => {
  await setPresence(agent, "online");
  const visitor = await visitorContext(browser);
  const page = await visitor.newPage();
  const chat = new PublicChatPage(page);
  await chat.goto(flowId);
  await chat.talkToPerson();
  await expect(chat.status).toContainText("You are next in line");
  const saved = await page.evaluate((key) => localStorage.getItem(key), `baton.chat.${flowId}`);
  const { conversationId }: { conversationId: string } = JSON.parse(saved ?? "{}");
  const open = await agent.request.get("/api/desk/handoffs?view=open&scope=all");
  const { handoffs }: { handoffs: { id: string; conversationId: string }[] } = await open.json();
  const handoff = handoffs.find((item) => item.conversationId === conversationId);
  if (!handoff) throw new Error("the handoff did not reach the desk");
  expect((await agent.request.post(`/api/desk/handoffs/${handoff.id}/accept`, { data: {} })).ok()).toBe(true);
  await expect(chat.status).toContainText("You’re chatting with Sam");

  await visitor.setOffline(true);
  await expect(chat.root.getByText("Reconnecting…")).toBeVisible({ timeout: 30_000 });
  expect((await agent.request.post(`/api/desk/handoffs/${handoff.id}/messages`, { data: { text: "Sent while you were offline" } })).ok()).toBe(true);
  await visitor.setOffline(false);
  await expect(chat.lastFrom("agent")).toContainText("Sent while you were offline", { timeout: 20_000 });
  await expect(chat.status).toContainText("You’re chatting with Sam");
  expect((await agent.request.post(`/api/desk/handoffs/${handoff.id}/resolve`, { data: {} })).ok()).toBe(true);
  await visitor.close();
});
