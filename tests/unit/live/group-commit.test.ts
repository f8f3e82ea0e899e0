import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listMessages } from "@/db/queries/live/conversations";
import { readConversation, sendToConversation, startConversation } from "@/lib/live/conversation-service";
import type { LiveContext } from "@/lib/live/context";
import { createGroupCommit } from "@/lib/live/group-commit";
import { createClock, createDemoFlow, installLiveContext } from "./harness";

let ctx: LiveContext;
let flowId = "";

beforeAll(() => {
  ctx = installLiveContext(createClock());
  flowId = createDemoFlow();
});

describe("turns that are ready together share one transaction", () => {
  it("stores every turn of many conversations sent at once, each answered with its own messages", async () => {
    const started = await Promise.all(Array.from({ length: 8 }, () => startConversation(ctx, flowId)));
    const turns = await Promise.all(started.map((chat) => sendToConversation(ctx, chat.conversationId, { text: "what are your opening hours?" })));
    for (const [index, chat] of started.entries()) {
      const stored = listMessages(getDb(), chat.conversationId);
      expect(stored.map((message) => message.seq)).toEqual([...chat.messages, ...(turns[index]?.messages ?? [])].map((message) => message.seq));
      expect(stored.find((message) => message.from === "user")?.text).toBe("what are your opening hours?");
    }
  });

  it("fails only the turn that throws: the others in the same transaction are stored", async () => {
    const [ended, open] = await Promise.all([startConversation(ctx, flowId), startConversation(ctx, flowId)]);
    if (!ended || !open) throw new Error("conversations did not start");
    // the benchmark's bot-only script: two questions, then "no thanks" ends the conversation
    for (const text of ["what are your opening hours?", "are you open on sunday", "no thanks"]) await sendToConversation(ctx, ended.conversationId, { text });
    const before = listMessages(getDb(), ended.conversationId).length;
    const results = await Promise.allSettled([
      sendToConversation(ctx, ended.conversationId, { text: "hello again" }),
      sendToConversation(ctx, open.conversationId, { text: "what are your opening hours?" }),
    ]);
    expect(readConversation(ctx, ended.conversationId).status.state).toBe("ended");
    expect(results[0]?.status).toBe("rejected");
    expect(results[1]?.status).toBe("fulfilled");
    expect(listMessages(getDb(), ended.conversationId)).toHaveLength(before);
    expect(listMessages(getDb(), open.conversationId).some((message) => message.text === "what are your opening hours?")).toBe(true);
  });

  it("rolls back a failing job's own writes and keeps the rest of the batch", async () => {
    const commits = createGroupCommit(getDb());
    const client = getDb().$client;
    client.exec("create table if not exists group_commit_probe (name text not null)");
    const insert = client.prepare("insert into group_commit_probe (name) values (?)");
    const results = await Promise.allSettled([
      commits.run(() => insert.run("first")),
      commits.run(() => {
        insert.run("doomed");
        throw new Error("the turn failed half-way");
      }),
      commits.run(() => insert.run("third")),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(client.prepare("select name from group_commit_probe order by rowid").all()).toEqual([{ name: "first" }, { name: "third" }]);
  });
});
