import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminStatePath } from "../auth/global-setup";
import { createFlowViaApi } from "../pages/editor-page";
import { E2E_ADMIN } from "../pages/sign-in-page";
import { publishViaApi } from "../pages/versions-panel";
import { GREETING, acmeFlow } from "../versions/acme";
import { startStaticSite, type StaticSite } from "./static-site";

const snippet = (flowId: string) => (origin: string) =>
  `<script src="${origin}/embed.js" data-flow="${flowId}" data-title="Acme support" data-color="#0f172a" data-position="right" defer></script>`;

/** The embedded chat, inside its shadow root (Playwright's locators pierce open shadow roots). */
function widget(page: Page) {
  const panel = page.getByRole("dialog", { name: "Acme support" });
  return {
    bubble: page.getByRole("button", { name: "Open chat: Acme support" }),
    panel,
    log: panel.getByRole("log", { name: "Conversation" }),
    bot: panel.locator('[data-from="bot"]'),
    user: panel.locator('[data-from="user"]'),
    status: panel.getByTestId("baton-status"),
    input: panel.getByLabel("Your message"),
    send: panel.getByRole("button", { name: "Send", exact: true }),
    person: panel.getByRole("button", { name: "Talk to a person" }),
  };
}

/**
 * A visitor of the customer's site: not signed in to Baton, and without the config's forced
 * `Origin` header (Chromium refuses sub-resource loads that carry one: ERR_INVALID_ARGUMENT).
 */
async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: {}, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

let site: StaticSite | null = null;
test.afterEach(async () => {
  await site?.close();
  site = null;
});

test("the embed snippet puts a chat on a plain page that reaches the bot, keeps it across reloads and shows text as text", async ({ page: designer, browser, baseURL }) => {
  if (!baseURL) throw new Error("baseURL is not set");
  const flow = await createFlowViaApi(designer.request, "Acme support", acmeFlow());
  await publishViaApi(designer.request, flow.id, flow.revision, "Live");
  site = await startStaticSite({ snippet: snippet(flow.id), proxyTo: baseURL });
  const page = await visitor(browser);
  await page.goto(site.url);
  const chat = widget(page);

  await expect(chat.panel).toBeHidden();
  await chat.bubble.click();
  await expect(chat.bot.first()).toHaveText(GREETING);
  // the host page's styles (red serif text, lime buttons) do not leak into the chat
  await expect(chat.send).not.toHaveCSS("background-color", "rgb(0, 255, 0)");

  await chat.input.fill("what are your opening hours");
  await chat.send.click();
  await expect(chat.user.last()).toHaveText("what are your opening hours");
  await expect(chat.bot.filter({ hasText: "We're open Monday to Friday" })).toHaveCount(1);

  const markup = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>';
  await chat.input.fill(markup);
  await chat.send.click();
  await expect(chat.user.last()).toHaveText(markup);
  await expect(chat.panel.locator("img, b")).toHaveCount(0);
  expect(await page.title()).toBe("Acme shop");

  // a reload continues the same conversation (id + token in localStorage), panel still open
  const before = await chat.log.locator("[data-from]").count();
  await page.reload();
  await expect(chat.panel).toBeVisible();
  await expect(chat.bot.filter({ hasText: "We're open Monday to Friday" })).toHaveCount(1);
  await expect(chat.log.locator("[data-from]")).toHaveCount(before);
  await expect(chat.person).toBeVisible();
});

test("the embed works cross-origin, loaded from Baton's own origin on another site", async ({ page: designer, browser, baseURL, request }) => {
  if (!baseURL) throw new Error("baseURL is not set");
  const preflight = await request.fetch(`${baseURL}/api/chat/conversations/00000000-0000-4000-8000-000000000000/messages`, {
    method: "OPTIONS",
    headers: { origin: "http://127.0.0.1:1", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
  });
  test.fixme(
    !preflight.headers()["access-control-allow-origin"],
    "The public chat API sends no CORS headers yet (OPTIONS preflight + Access-Control-Allow-Origin on /api/chat/**), so browsers block the embed on other origins.",
  );
  const flow = await createFlowViaApi(designer.request, "Acme support", acmeFlow());
  await publishViaApi(designer.request, flow.id, flow.revision, "Live");
  site = await startStaticSite({ snippet: () => snippet(flow.id)(baseURL) });
  const page = await visitor(browser);
  await page.goto(site.url);
  const chat = widget(page);
  await chat.bubble.click();
  await expect(chat.bot.first()).toHaveText(GREETING);
  await chat.input.fill("what are your opening hours");
  await chat.send.click();
  await expect(chat.bot.filter({ hasText: "We're open Monday to Friday" })).toHaveCount(1);
});

test("from the embed, Talk to a person queues the user and an agent's answer arrives live", async ({ page: designer, browser, baseURL, playwright }) => {
  if (!baseURL) throw new Error("baseURL is not set");
  // the e2e admin plays the agent (admins may use the desk), online for the flow's queues
  const admin = await playwright.request.newContext({ baseURL, storageState: adminStatePath(), extraHTTPHeaders: { origin: baseURL } });
  const users: { users: { id: string; email: string }[] } = await (await admin.get("/api/admin/users")).json();
  const me = users.users.find((user) => user.email === E2E_ADMIN.email);
  if (!me) throw new Error("the e2e admin is missing");
  const saved = await admin.post("/api/settings/agents", { data: { userId: me.id, displayName: "Kim", queues: ["support", "billing"], maxConcurrent: 5 } });
  expect(saved.ok(), await saved.text()).toBe(true);
  try {
    expect((await admin.put("/api/desk/presence", { data: { presence: "online" } })).ok()).toBe(true);
    const flow = await createFlowViaApi(designer.request, "Acme support", acmeFlow());
    await publishViaApi(designer.request, flow.id, flow.revision, "Live");
    site = await startStaticSite({ snippet: snippet(flow.id), proxyTo: baseURL });
    const page = await visitor(browser);
    await page.goto(site.url);
    const chat = widget(page);
    await chat.bubble.click();
    await expect(chat.bot.first()).toHaveText(GREETING);

    await chat.person.click();
    await expect(chat.status).toContainText("Waiting for a person");
    // the desk specs share the "support" queue and may have someone waiting too
    await expect(chat.status).toContainText(/number \d+ in line/);

    const queue: { handoffs: { id: string; flowId: string; status: string }[] } = await (await admin.get("/api/desk/handoffs?view=open&scope=all")).json();
    const handoff = queue.handoffs.find((item) => item.flowId === flow.id && item.status === "queued");
    if (!handoff) throw new Error(`no queued handoff for the flow: ${JSON.stringify(queue)}`);
    const accepted = await admin.post(`/api/desk/handoffs/${handoff.id}/accept`, { data: {} });
    expect(accepted.ok(), await accepted.text()).toBe(true);
    await expect(chat.status).toHaveText("Connected to Kim");
    const reply = await admin.post(`/api/desk/handoffs/${handoff.id}/messages`, { data: { text: "Hi, Kim here. <b>How</b> can I help?" } });
    expect(reply.ok(), await reply.text()).toBe(true);
    const agentLine = chat.panel.locator('[data-from="agent"]');
    await expect(agentLine).toContainText("Hi, Kim here. <b>How</b> can I help?");
    await expect(agentLine).toContainText("Kim");

    await chat.input.fill("my parcel never arrived");
    await chat.send.click();
    await expect(chat.user.last()).toHaveText("my parcel never arrived");
    const resolved = await admin.post(`/api/desk/handoffs/${handoff.id}/resolve`, { data: { note: "sent a new parcel" } });
    expect(resolved.ok(), await resolved.text()).toBe(true);
    await expect(chat.status).toHaveText("Conversation ended");
    await expect(chat.panel.getByRole("button", { name: "Start a new chat" })).toBeVisible();
  } finally {
    // leave nobody online, so other specs see the world they expect
    await admin.put("/api/desk/presence", { data: { presence: "offline" } });
    await admin.dispose();
  }
});
