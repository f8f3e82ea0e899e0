import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** The flow analytics page, driven by role and label. */
export class AnalyticsPage {
  constructor(readonly page: Page) {}

  async goto(flowId: string) {
    await this.page.goto(`/flows/${flowId}/analytics`);
    await expect(this.page.getByTestId("heat-canvas")).toBeVisible();
  }

  /** The heat badge on a node of the read-only canvas. */
  heat(nodeId: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${nodeId}"]`).getByTestId(`heat-${nodeId}`);
  }

  notUnderstoodGroup(label: string): Locator {
    return this.page.getByTestId("not-understood").getByRole("listitem").filter({ hasText: label });
  }
}

/** Publishes the flow's draft (public chats run the latest published version). */
export async function publish(request: APIRequestContext, flowId: string, revision: number): Promise<void> {
  const response = await request.post(`/api/flows/${flowId}/publish`, { data: { revision } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Runs a live conversation through the public chat API: start, then each message or action. */
export async function chat(request: APIRequestContext, flowId: string, says: (string | { action: "talk_to_person" })[]): Promise<void> {
  const start = await request.post(`/api/chat/${flowId}/conversations`, { data: {} });
  expect(start.ok(), await start.text()).toBe(true);
  const { conversationId, token }: { conversationId: string; token: string } = await start.json();
  for (const input of says) {
    const response = await request.post(`/api/chat/conversations/${conversationId}/messages`, {
      data: typeof input === "string" ? { text: input } : input,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.ok(), await response.text()).toBe(true);
  }
}
