"use client";

import { Bell, BellOff, Headset, WifiOff } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { acceptHandoff, ApiError, listQueues, type DeskHandoffDetail } from "@/lib/api/live";
import { titleWithCount } from "@/lib/desk/desk-handoffs";
import { CallbacksTab } from "./callbacks-tab";
import { ConversationView } from "./conversation-view";
import { deskKeys } from "./desk-keys";
import { HandoffLists } from "./handoff-lists";
import { PresenceSwitch } from "./presence-switch";
import { TicketsTab } from "./tickets-tab";
import { useDeskFeed } from "./use-desk-feed";
import { useNow } from "./use-now";
import { usePresence } from "./use-presence";

/** Minutes without a key or pointer move before an online agent is set away. */
const IDLE_MINUTES = 5;

/**
 * The agent desk: presence, the queues' waiting users and my conversations on the left, the
 * selected conversation on the right; tickets and callbacks in their own tabs. Live over SSE.
 */
export function DeskApp({ user }: { user: { id: string; name: string; isAdmin: boolean } }) {
  const queryClient = useQueryClient();
  const [sound, setSound] = useState(true);
  const feed = useDeskFeed({ sound });
  const { choose } = usePresence(feed.me, feed.setMe, IDLE_MINUTES);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const now = useNow(1_000);
  const waiting = feed.handoffs.filter((item) => item.status === "queued").length;
  const { unread, markRead } = feed;
  // messages in the conversation on screen are read as they arrive
  useEffect(() => {
    if (selectedId && unread.has(selectedId)) markRead(selectedId);
  }, [selectedId, unread, markRead]);
  useDocumentTitleCount(waiting);

  // every configured queue for transfers; what the desk already knows if the list is unavailable
  const queues = useQuery({ queryKey: deskKeys.queues, queryFn: listQueues, staleTime: 60_000 });
  const queueNames = useMemo(
    () => [...new Set([...(queues.data?.queues.map((queue) => queue.name) ?? []), ...(feed.me?.queues ?? []), ...feed.handoffs.map((item) => item.queue)])].sort(),
    [queues.data, feed.me, feed.handoffs],
  );
  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      feed.markRead(id);
    },
    [feed],
  );
  const accept = useCallback(
    async (id: string) => {
      try {
        const { handoff } = await acceptHandoff(id);
        queryClient.setQueryData<{ handoff: DeskHandoffDetail }>(deskKeys.handoff(id), { handoff });
        feed.applyHandoff(handoff);
        select(id);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          toast.error(error.message);
          void queryClient.invalidateQueries({ queryKey: deskKeys.handoff(id) });
          feed.reload();
        } else toast.error(error instanceof Error ? `Could not accept: ${error.message}` : "Could not accept");
      }
    },
    [feed, queryClient, select],
  );

  return (
    <main className="flex min-h-0 flex-1 flex-col bg-slate-50">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <Headset className="size-5 text-slate-700" aria-hidden />
        <h1 className="text-base font-semibold">Agent desk</h1>
        {feed.me ? <PresenceSwitch value={feed.me.presence} onChange={choose} /> : null}
        {feed.me ? <span className="text-xs text-slate-500">Away after {IDLE_MINUTES} min idle</span> : null}
        {feed.stream === "reconnecting" ? (
          <span role="status" className="flex items-center gap-1 text-xs text-amber-700">
            <WifiOff className="size-3.5" aria-hidden /> Reconnecting…
          </span>
        ) : null}
        <Button size="icon" variant="ghost" className="ml-auto" aria-label={sound ? "Mute new-handoff sound" : "Turn on new-handoff sound"} aria-pressed={!sound} onClick={() => setSound(!sound)}>
          {sound ? <Bell className="size-4" aria-hidden /> : <BellOff className="size-4" aria-hidden />}
        </Button>
      </header>
      {!feed.loading && !feed.me ? (
        <p role="note" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {user.isAdmin
            ? "You are not set up as an agent, so you see every queue but receive no handoffs. Add yourself under Settings → Agents to take chats."
            : "You are not set up as an agent yet. Ask an admin to add you under Settings → Agents."}
        </p>
      ) : null}
      <Tabs defaultValue="conversations" className="flex min-h-0 flex-1 flex-col">
        <TabsList className="bg-white">
          <TabsTrigger value="conversations">
            Conversations{waiting > 0 ? <span data-testid="desk-badge" className="ml-1.5 rounded-full bg-rose-600 px-1.5 text-[11px] font-semibold text-white">{waiting}</span> : null}
          </TabsTrigger>
          <TabsTrigger value="tickets">Tickets</TabsTrigger>
          <TabsTrigger value="callbacks">Callbacks</TabsTrigger>
        </TabsList>
        <TabsContent value="conversations" className="flex min-h-0 flex-1 data-[state=inactive]:hidden">
          <aside aria-label="Queues" className="w-80 shrink-0 overflow-y-auto border-r border-slate-200">
            {feed.loading ? <Spinner className="m-4" /> : feed.error ? <p role="alert" className="m-4 text-sm text-rose-700">{feed.error}</p> : (
              <HandoffLists handoffs={feed.handoffs} myId={user.id} selectedId={selectedId} unread={feed.unread} now={now} onSelect={select} />
            )}
          </aside>
          <div className="flex min-h-0 min-w-0 flex-1 flex-col bg-white">
            {selectedId ? (
              <ConversationView key={selectedId} handoffId={selectedId} myId={user.id} isAdmin={user.isAdmin} queueNames={queueNames} onAccept={accept} onChanged={feed.applyHandoff} />
            ) : (
              <p className="m-auto max-w-sm text-center text-sm text-slate-500">Pick a conversation on the left. Waiting users show why they came and how long they have waited.</p>
            )}
          </div>
        </TabsContent>
        <TabsContent value="tickets" className="min-h-0 flex-1 overflow-y-auto p-4">
          <TicketsTab />
        </TabsContent>
        <TabsContent value="callbacks" className="min-h-0 flex-1 overflow-y-auto p-4">
          <CallbacksTab />
        </TabsContent>
      </Tabs>
    </main>
  );
}

/** "(3) Desk · Baton" while users wait; the original title when the desk closes. */
function useDocumentTitleCount(count: number) {
  const base = useRef<string | null>(null);
  useEffect(() => {
    base.current ??= document.title.replace(/^\(\d+\+?\) /, "");
    document.title = titleWithCount(base.current, count);
  }, [count]);
  useEffect(
    () => () => {
      if (base.current) document.title = base.current;
    },
    [],
  );
}
