import { describe, expect, it } from "vitest";
import { validateAgentDraft } from "@/components/settings/agents/agent-form";
import { draftOf, emptyQueueDraft, hoursSummary, validateQueueDraft, type QueueDraft } from "@/components/settings/queues/queue-form";
import { validateWebhookDraft } from "@/components/settings/webhooks/webhook-form";
import type { LiveQueue } from "@/lib/api/live";

const draft = (patch: Partial<QueueDraft> = {}): QueueDraft => ({ ...emptyQueueDraft("Europe/London"), name: "support", ...patch });

describe("queue form", () => {
  it("turns a valid draft into the API input, with midnight closing stored as 24:00", () => {
    const { errors, input } = validateQueueDraft(draft({ hours: { ...draft().hours, sat: [{ from: "18:00", to: "00:00" }] }, holidays: ["2026-12-25", "2026-01-01"], waitTimeoutSec: "90" }));
    expect(errors).toEqual({});
    expect(input).toMatchObject({ name: "support", timeZone: "Europe/London", waitTimeoutSec: 90, capacity: 50, holidays: ["2026-01-01", "2026-12-25"] });
    expect(input?.hours.sat).toEqual([{ from: "18:00", to: "24:00" }]);
  });

  it("puts each problem on its own field, keyed like the server's errors", () => {
    const { errors, input } = validateQueueDraft(
      draft({
        name: " ",
        hours: { ...draft().hours, mon: [{ from: "10:00", to: "09:00" }], tue: [{ from: "09:00", to: "13:00" }, { from: "12:00", to: "17:00" }] },
        holidays: ["2026-12-25", "2026-12-25", "Christmas"],
        waitTimeoutSec: "-1",
        capacity: "0",
      }),
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      name: expect.stringContaining("name"),
      "hours.mon[0].to": "Closes before it opens.",
      "hours.tue[1].from": "Overlaps another opening.",
      "holidays[1]": "Listed twice.",
      "holidays[2]": "Use a date like 2026-12-25.",
      waitTimeoutSec: expect.any(String),
      capacity: expect.any(String),
    });
  });

  it("edits an existing queue without changing what it stores", () => {
    const queue: LiveQueue = {
      id: "q1",
      name: "billing",
      hours: { mon: [{ from: "00:00", to: "24:00" }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      timeZone: "America/New_York",
      holidays: ["2026-07-04"],
      waitTimeoutSec: 0,
      capacity: 10,
      createdAt: "",
      updatedAt: "",
      live: { open: true, agentsAvailable: 1, waiting: 0 },
    };
    expect(validateQueueDraft(draftOf(queue)).input).toEqual({ name: "billing", hours: queue.hours, timeZone: "America/New_York", holidays: ["2026-07-04"], waitTimeoutSec: 0, capacity: 10 });
  });

  it("summarises hours in one line, grouping equal days", () => {
    expect(hoursSummary(emptyQueueDraft("UTC").hours)).toBe("Mon–Fri 09:00–17:00");
    expect(hoursSummary({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [{ from: "00:00", to: "24:00" }], sun: [] })).toBe("Sat all day");
    expect(hoursSummary({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBe("Closed every day");
  });
});

describe("agent and webhook forms", () => {
  it("needs a user, a display name and a sane chat limit", () => {
    expect(validateAgentDraft({ userId: "", displayName: "", queues: [], maxConcurrent: "0" }).errors).toEqual({
      userId: expect.any(String),
      displayName: expect.any(String),
      maxConcurrent: expect.any(String),
    });
    expect(validateAgentDraft({ userId: "u1", displayName: " Sam ", queues: ["support"], maxConcurrent: "3" }).input).toEqual({ userId: "u1", displayName: "Sam", queues: ["support"], maxConcurrent: 3 });
  });

  it("needs an http(s) URL, a long secret for a new webhook, and an event", () => {
    expect(validateWebhookDraft({ url: "ftp://x", secret: "short", events: [], active: true }, false).errors).toEqual({
      url: "Use a full http:// or https:// URL.",
      secret: "Use a secret of at least 16 characters.",
      events: "Pick at least one event.",
    });
    // editing: an empty secret keeps the stored one, so it is left out of the request
    expect(validateWebhookDraft({ url: "https://crm.example/hook", secret: "", events: ["ticket.created", "handoff.requested"], active: false }, true).input).toEqual({
      url: "https://crm.example/hook",
      events: ["handoff.requested", "ticket.created"],
      active: false,
    });
  });
});
