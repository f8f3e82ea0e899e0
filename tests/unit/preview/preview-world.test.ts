import { describe, expect, it } from "vitest";
import { defaultPreviewWorld, fromSimulatedWorld, toSimulatedWorld, urlPattern, type PreviewWorld } from "@/lib/preview/preview-world";
import { createSimulatedHost, type Effect } from "@/lib/runtime";
import { acmeBundle, acmeSession, chatTexts } from "./acme";

const check = (queue: string): Effect => ({ id: "e1", nodeId: "support_handoff", type: "check_availability", queue });
const withQueue = (agents: "online" | "offline" | "busy", hours: "open" | "closed" | "office_hours"): PreviewWorld => ({ ...defaultPreviewWorld(), queues: { support: { agents, hours } } });

describe("preview world → simulated host", () => {
  it("says a queue is available only with agents online and hours open", async () => {
    const bundle = acmeBundle();
    const answer = async (world: PreviewWorld) => {
      const host = createSimulatedHost(toSimulatedWorld(world, bundle));
      const state = (await acmeSession()).getSnapshot().state;
      if (!state) throw new Error("not started");
      return host.perform(check("support"), state);
    };
    expect(await answer(defaultPreviewWorld())).toMatchObject({ available: true });
    expect(await answer(withQueue("offline", "open"))).toMatchObject({ available: false, reason: "offline" });
    expect(await answer(withQueue("busy", "open"))).toMatchObject({ available: false, reason: "busy" });
    expect(await answer(withQueue("online", "closed"))).toMatchObject({ available: false, reason: "closed" });
    // office hours at the default clock (Monday 10:00 UTC) are open; on a Saturday night they are not
    expect(await answer(withQueue("online", "office_hours"))).toMatchObject({ available: true });
    expect(await answer({ ...withQueue("online", "office_hours"), clock: "2026-01-10T22:00:00.000Z" })).toMatchObject({ available: false, reason: "closed" });
  });

  it("leaves defaults out and gives every webhook node a rule for its URL template", () => {
    const bundle = acmeBundle();
    expect(urlPattern("https://api.acme.test/orders/{{order_number}}")).toBe("https://api.acme.test/orders/*");
    expect(toSimulatedWorld(defaultPreviewWorld(), bundle)).toEqual({ webhooks: [{ match: "https://api.acme.test/orders/*", json: {} }] });
    const world: PreviewWorld = { ...withQueue("busy", "closed"), webhooks: { lookup_order: { mode: "error", status: 503, json: {} } }, tickets: "fail", callbacks: "no_slots" };
    expect(toSimulatedWorld(world, bundle)).toEqual({
      queues: { support: { agents: "busy", open: false } },
      webhooks: [{ match: "https://api.acme.test/orders/*", status: 503 }],
      tickets: "fail",
      callbacks: "no_slots",
    });
    expect(fromSimulatedWorld(toSimulatedWorld(world, bundle), bundle)).toEqual(world);
  });

  it("a failing webhook fires the error trigger; a timeout too; success fills the reply", async () => {
    for (const [mode, expected] of [["error", "error"], ["timeout", "error"]] as const) {
      const session = await acmeSession({ ...defaultPreviewWorld(), webhooks: { lookup_order: { mode, status: 500, json: {} } } });
      await session.send("where is my order");
      await session.send("12345");
      const triggers = session.getSnapshot().trace.flatMap(({ entry }) => (entry.type === "trigger_fired" ? [entry.trigger] : []));
      expect(triggers).toContain(expected);
      expect(chatTexts(session).join("\n")).toMatch(/something went wrong on our side/);
    }
    const ok = await acmeSession({ ...defaultPreviewWorld(), webhooks: { lookup_order: { mode: "success", status: 500, json: { status: "shipped", eta: "Friday" } } } });
    await ok.send("where is my order");
    await ok.send("12345");
    expect(chatTexts(ok)).toContain("bot: Order 12345 is shipped; expected delivery: Friday.");
  });

  it("changes to the world apply to the running conversation, and fast-forward times the wait out", async () => {
    const session = await acmeSession();
    session.setWorld(withQueue("online", "open"));
    await session.send("my parcel arrived broken");
    await session.send("the box was crushed");
    expect(session.getSnapshot().state?.status).toBe("queued");
    expect(session.getSnapshot().handoff?.context).toMatchObject({ trigger: "explicit", queue: "support", variables: { complaint: "the box was crushed" } });
    await session.fastForward();
    const snapshot = session.getSnapshot();
    expect(snapshot.state?.handoff?.status).toBe("timed_out");
    expect(snapshot.state?.nodeId).toBe("offer_choice");
    expect(snapshot.handoff).toBeNull();
    // set before the chat began, the world is simply the test's world; changed midway, it is a caveat
    expect(snapshot.caveats).toEqual([]);
    session.setWorld(withQueue("offline", "open"));
    expect(session.getSnapshot().caveats).toContain("the world changed during the chat");
  });

  it("edits a variable of the running conversation, and starts from a chosen node", async () => {
    const session = await acmeSession();
    await session.setVariable("order_number", 777);
    expect(session.getSnapshot().state?.variables.order_number).toBe(777);
    await session.restart("hours_msg");
    expect(chatTexts(session)[0]).toBe("bot: We're open Monday to Friday, 9:00 to 17:00 (UK time).");
    expect(session.getSnapshot().startNodeId).toBe("hours_msg");
    await session.restart();
    expect(chatTexts(session)[0]).toMatch(/^bot: Hi! I'm the Acme assistant/);
  });
});
