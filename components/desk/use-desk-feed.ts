"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  deskEventsUrl,
  listDeskHandoffs,
  type ChatMessage,
  type DeskEvent,
  type DeskHandoff,
  type DeskHandoffDetail,
  type LiveAgent,
  type LiveCallback,
  type LiveTicket,
} from "@/lib/api/live";
import { upsertHandoff, withPositions } from "@/lib/desk/desk-handoffs";
import { openLiveStream, parseJsonEvent, type StreamState } from "@/lib/desk/live-stream";
import { mergeMessages } from "@/lib/desk/merge-messages";
import { createNotificationSound } from "@/lib/desk/notification-sound";
import { deskKeys } from "./desk-keys";

/** A new handoff beeps only if it is this fresh: replays after a reconnect stay quiet. */
const FRESH_MS = 60_000;

/** The desk's live state: open handoffs, my agent profile, the stream's health, unread chats. */
export interface DeskFeed {
  handoffs: readonly DeskHandoff[];
  me: LiveAgent | null;
  loading: boolean;
  error: string | null;
  stream: StreamState;
  unread: ReadonlySet<string>;
  markRead: (handoffId: string) => void;
  setMe: (agent: LiveAgent) => void;
  /** Applies a handoff the page got from an action (accept, resolve…) before its event arrives. */
  applyHandoff: (handoff: DeskHandoff) => void;
  reload: () => void;
}

/**
 * Follows the desk's SSE stream (resuming with Last-Event-ID) and loads the open handoffs once it
 * is connected:
 * handoff events update the lists, message events land in the open conversation's cache, ticket
 * and callback events in their tabs. A fresh handoff beeps (WebAudio) unless the page is muted.
 */
export function useDeskFeed(options: { sound: boolean }): DeskFeed {
  const queryClient = useQueryClient();
  const [handoffs, setHandoffs] = useState<readonly DeskHandoff[]>([]);
  const [me, setMe] = useState<LiveAgent | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [stream, setStream] = useState<StreamState>("connecting");
  const [unread, setUnread] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  const soundOn = useRef(options.sound);
  const meRef = useRef<LiveAgent | null>(null);
  useEffect(() => {
    soundOn.current = options.sound;
    meRef.current = me;
  }, [options.sound, me]);

  useEffect(() => {
    let stopped = false;
    let loadStarted = false;
    // events that arrive while the list loads, re-applied on top of it (the list may predate them)
    let recorded: DeskEvent[] | null = null;
    const sound = createNotificationSound();

    const apply = (event: DeskEvent) => {
      if (event.type === "handoff.created" || event.type === "handoff.updated") {
        setHandoffs((list) => upsertHandoff(list, event.handoff));
        updateDetail(queryClient, event.handoff);
        const fresh = Date.now() - Date.parse(event.handoff.requestedAt) < FRESH_MS;
        if (event.type === "handoff.created" && event.handoff.status === "queued" && fresh && soundOn.current) sound.play();
      } else if (event.type === "message") {
        addMessage(queryClient, event.handoffId, event.message);
        if (event.message.from === "user") setUnread((current) => (current.has(event.handoffId) ? current : new Set(current).add(event.handoffId)));
      } else if (event.type === "ticket") upsertById<LiveTicket>(queryClient, deskKeys.tickets, event.ticket);
      else if (event.type === "callback") upsertById<LiveCallback>(queryClient, deskKeys.callbacks, event.callback);
      else if (event.type === "agent" && event.agent.userId === meRef.current?.userId) setMe(event.agent);
    };

    // The stream opens first (from "now"), then the list loads: nothing falls between the two.
    const load = () => {
      loadStarted = true;
      recorded = [];
      listDeskHandoffs({ view: "open", scope: "all" })
        .then((answer) => {
          if (stopped) return;
          let list = withPositions(answer.handoffs);
          for (const event of recorded ?? []) if (event.type === "handoff.created" || event.type === "handoff.updated") list = upsertHandoff(list, event.handoff);
          setHandoffs(list);
          setMe(answer.me);
          setError(null);
        })
        .catch((caught: unknown) => {
          if (!stopped) setError(caught instanceof Error ? caught.message : "The desk could not load.");
        })
        .finally(() => {
          recorded = null;
          if (!stopped) setLoading(false);
        });
    };

    const live = openLiveStream<DeskEvent>({
      url: (lastId) => deskEventsUrl(lastId > 0 ? lastId : undefined),
      parse: (data) => parseJsonEvent<DeskEvent>(data),
      onState: (state) => {
        if (stopped) return;
        setStream(state);
        // load once connected — or right away if the stream cannot connect, so the page still works
        if (!loadStarted && (state === "open" || state === "reconnecting")) load();
      },
      onEvent: (event) => {
        if (stopped) return;
        recorded?.push(event);
        apply(event);
      },
    });
    // back online: the old connection may be dead without knowing it, so resume on a new one
    const online = () => live.restart();
    const offline = () => setStream("reconnecting");
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      stopped = true;
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      live.close();
    };
  }, [queryClient, generation]);

  return {
    handoffs,
    me,
    loading,
    error,
    stream,
    unread,
    markRead: useCallback((id: string) => setUnread((current) => (current.has(id) ? new Set([...current].filter((item) => item !== id)) : current)), []),
    setMe,
    applyHandoff: useCallback(
      (handoff: DeskHandoff) => {
        setHandoffs((list) => upsertHandoff(list, handoff));
        updateDetail(queryClient, handoff);
      },
      [queryClient],
    ),
    reload: useCallback(() => {
      setLoading(true);
      setGeneration((value) => value + 1);
    }, []),
  };
}

type DetailData = { handoff: DeskHandoffDetail } | undefined;

/** Keeps an open conversation's header in step with its handoff (status, agent, note). */
function updateDetail(queryClient: QueryClient, handoff: DeskHandoff): void {
  queryClient.setQueryData<DetailData>(deskKeys.handoff(handoff.id), (current) => (current ? { handoff: { ...current.handoff, ...handoff } } : current));
}

function addMessage(queryClient: QueryClient, handoffId: string, message: ChatMessage): void {
  queryClient.setQueryData<DetailData>(deskKeys.handoff(handoffId), (current) => {
    if (!current) return current;
    const messages = mergeMessages(current.handoff.messages, [message]);
    return messages === current.handoff.messages ? current : { handoff: { ...current.handoff, messages: [...messages] } };
  });
}

function upsertById<T extends { id: string }>(queryClient: QueryClient, key: readonly string[], item: T): void {
  queryClient.setQueryData<T[]>(key, (list) => {
    if (!list) return list;
    return list.some((existing) => existing.id === item.id) ? list.map((existing) => (existing.id === item.id ? item : existing)) : [item, ...list];
  });
}
