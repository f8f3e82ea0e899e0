import type { ChatConversationResponse, ChatStatus, DeskHandoffsResponse, SendChatResponse, StartChatResponse } from "@/lib/api/live";

/** The subset of the Baton HTTP API the simulator drives, against a running server. */
export interface BatonClient {
  startChat(flowId: string): Promise<StartChatResponse>;
  sendChat(conversationId: string, token: string, body: { text: string } | { action: "talk_to_person" | { quickReply: string } }): Promise<SendChatResponse>;
  getChat(conversationId: string, token: string): Promise<ChatConversationResponse>;
  getFlowExamples(flowId: string): Promise<string[]>;
  signInAgent(email: string, password: string): Promise<boolean>;
  setPresence(presence: "online" | "offline"): Promise<void>;
  openHandoffs(): Promise<DeskHandoffsResponse>;
  deskAction(handoffId: string, action: "accept" | "messages" | "resolve" | "hand-back", body?: object): Promise<boolean>;
}

export type { ChatStatus };

/**
 * A fetch-based client with the same Origin as the server (the CSRF check wants one), the agent's
 * session cookie once signed in, and patience for 429s (it waits the Retry-After and tries again).
 */
export function createBatonClient(baseUrl: string, sleep: (ms: number) => Promise<void>): BatonClient {
  const origin = new URL(baseUrl).origin;
  let cookie = "";

  async function request(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; agent?: boolean } = {}): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL(path, baseUrl), {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: {
          origin,
          ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          ...(init.agent && cookie ? { cookie } : {}),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      if (response.status !== 429 || attempt >= 20) return response;
      await sleep(Math.max(1, Number(response.headers.get("retry-after") ?? "1")) * 1000);
    }
  }

  async function json<T>(response: Response, what: string): Promise<T> {
    const text = await response.text();
    if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  }

  return {
    startChat: async (flowId) => json<StartChatResponse>(await request(`/api/chat/${encodeURIComponent(flowId)}/conversations`, { body: {} }), "start chat"),
    sendChat: async (conversationId, token, body) =>
      json<SendChatResponse>(
        await request(`/api/chat/conversations/${encodeURIComponent(conversationId)}/messages`, { body, headers: { authorization: `Bearer ${token}` } }),
        "send message",
      ),
    getChat: async (conversationId, token) =>
      json<ChatConversationResponse>(await request(`/api/chat/conversations/${encodeURIComponent(conversationId)}`, { headers: { authorization: `Bearer ${token}` } }), "read chat"),
    async getFlowExamples(flowId) {
      const response = await request(`/api/flows/${encodeURIComponent(flowId)}`, { agent: true });
      if (!response.ok) return [];
      const body: unknown = await response.json();
      return collectExamples(body);
    },
    async signInAgent(email, password) {
      const response = await request("/api/auth/sign-in/email", { body: { email, password } });
      if (!response.ok) return false;
      cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
      return cookie !== "";
    },
    async setPresence(presence) {
      await request("/api/desk/presence", { method: "PUT", body: { presence }, agent: true });
    },
    openHandoffs: async () => json<DeskHandoffsResponse>(await request("/api/desk/handoffs?view=open&scope=all", { agent: true }), "desk handoffs"),
    async deskAction(handoffId, action, body = {}) {
      const response = await request(`/api/desk/handoffs/${encodeURIComponent(handoffId)}/${action}`, { body, agent: true });
      return response.ok;
    },
  };
}

/** Every intent example in a `GET /api/flows/:id` answer or a flow document, read defensively (no schema needed here). */
export function collectExamples(body: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (key === "examples" && typeof item === "string") out.push(item);
        else visit(item, key);
      }
    } else if (typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) visit(child, name);
    }
  };
  visit(body, "");
  return out;
}
