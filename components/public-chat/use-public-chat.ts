"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  ApiError,
  chatEventsUrl,
  getChat,
  sendChat,
  startChat,
  type ChatEvent,
  type ChatMessage,
  type ChatReference,
  type ChatStatus,
  type SendChatBody,
} from "@/lib/api/live";
import { browserStorage, clearChatSession, loadChatSession, saveChatSession } from "@/lib/desk/chat-session-store";
import { openLiveStream, parseJsonEvent, type LiveStream, type StreamState } from "@/lib/desk/live-stream";
import { mergeMessages } from "@/lib/desk/merge-messages";
import { chatFailureOf, type ChatFailure } from "./chat-failure";

/** Everything the public chat page shows. */
export interface PublicChatState {
  phase: "loading" | "ready" | "failed";
  failure: ChatFailure | null;
  messages: readonly ChatMessage[];
  status: ChatStatus;
  references: readonly ChatReference[];
  stream: StreamState;
  /** A message that could not be sent (shown under the composer). */
  sendError: string | null;
}

interface Session {
  conversationId: string;
  token: string;
}

const INITIAL: PublicChatState = {
  phase: "loading",
  failure: null,
  messages: [],
  status: { state: "bot", acceptsInput: false },
  references: [],
  stream: "connecting",
  sendError: null,
};

/**
 * A public conversation with a flow: resumes the one saved in localStorage (id + token) or starts
 * a new one, follows its SSE stream (resuming after the last event seen, so nothing is missed
 * across reconnects), and sends the user's messages in order. Status updates carry the event id
 * they are current at, so a slow POST answer never overwrites a newer streamed status.
 */
export function usePublicChat(flowId: string) {
  const [state, setState] = useState<PublicChatState>(INITIAL);
  const session = useRef<Session | null>(null);
  const stream = useRef<LiveStream | null>(null);
  const statusAt = useRef(-1);
  const sending = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);

  const applyStatus = useCallback((status: ChatStatus, at: number) => {
    if (at < statusAt.current) return;
    statusAt.current = at;
    setState((current) => ({ ...current, status }));
  }, []);

  const addReferences = useCallback((incoming: readonly ChatReference[]) => {
    if (incoming.length === 0) return;
    setState((current) => {
      const known = new Set(current.references.map((item) => item.reference));
      const fresh = incoming.filter((item) => !known.has(item.reference));
      return fresh.length === 0 ? current : { ...current, references: [...current.references, ...fresh] };
    });
  }, []);

  const follow = useCallback(
    (conversation: Session, after: number, run: number) => {
      stream.current?.close();
      stream.current = openLiveStream<ChatEvent>({
        url: (lastId) => chatEventsUrl(conversation.conversationId, conversation.token, lastId),
        parse: (data) => parseJsonEvent<ChatEvent>(data),
        startAfter: after,
        onState: (streamState) => {
          if (generation.current === run) setState((current) => (current.stream === streamState ? current : { ...current, stream: streamState }));
        },
        onEvent: (event) => {
          if (generation.current !== run) return;
          if (event.type === "message") setState((current) => ({ ...current, messages: mergeMessages(current.messages, [event.message]) }));
          else if (event.type === "status") applyStatus(event.status, event.id);
          else addReferences([event.reference]);
        },
      });
    },
    [addReferences, applyStatus],
  );

  const begin = useCallback(
    (resume: boolean) => {
      const run = ++generation.current;
      stream.current?.close();
      stream.current = null;
      statusAt.current = -1;
      openConversation(flowId, resume).then(
        (opened) => {
          if (generation.current !== run) return;
          session.current = opened.session;
          setState({ ...INITIAL, phase: "ready", messages: opened.messages, references: opened.references, status: opened.status });
          statusAt.current = opened.lastEventId;
          follow(opened.session, opened.lastEventId, run);
        },
        (error: unknown) => {
          if (generation.current === run) setState({ ...INITIAL, phase: "failed", failure: chatFailureOf(error) });
        },
      );
    },
    [flowId, follow],
  );

  useEffect(() => {
    begin(true);
    return () => {
      generation.current += 1;
      stream.current?.close();
    };
  }, [begin]);

  // The network went away: say so now (an open stream may take a while to notice), and start a
  // fresh stream when it is back, resuming after the last event seen.
  useEffect(() => {
    const offline = () => setState((current) => (current.phase === "ready" ? { ...current, stream: "reconnecting" } : current));
    const online = () => stream.current?.restart();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
  }, []);

  const send = useCallback(
    (body: SendChatBody) => {
      const conversation = session.current;
      if (!conversation) return;
      const run = generation.current;
      // one at a time, in the order typed: the server runs turns in arrival order
      sending.current = sending.current.then(async () => {
        try {
          const answer = await sendChat(conversation.conversationId, conversation.token, body);
          if (generation.current !== run) return;
          setState((current) => ({ ...current, sendError: null, messages: mergeMessages(current.messages, answer.messages) }));
          applyStatus(answer.status, answer.lastEventId);
          addReferences(answer.references);
        } catch (error) {
          if (generation.current !== run) return;
          if (error instanceof ApiError && error.status === 409) {
            applyStatus({ state: "ended", acceptsInput: false }, Number.MAX_SAFE_INTEGER);
            return;
          }
          const message =
            error instanceof ApiError && error.status === 0
              ? "Not sent: you seem to be offline. Try again when you're back."
              : error instanceof ApiError
                ? `Not sent: ${error.message}`
                : "Not sent. Please try again.";
          setState((current) => ({ ...current, sendError: message }));
        }
      });
    },
    [addReferences, applyStatus],
  );

  return {
    state,
    send,
    startOver: useCallback(() => {
      setState(INITIAL);
      begin(false);
    }, [begin]),
    retry: useCallback(() => {
      setState(INITIAL);
      begin(true);
    }, [begin]),
  };
}

interface OpenedConversation {
  session: Session;
  messages: ChatMessage[];
  references: ChatReference[];
  status: ChatStatus;
  lastEventId: number;
}

/**
 * The conversation saved for `flowId` in this browser (when `resume` and the server still knows
 * it), else a new one, remembered for the next reload.
 */
async function openConversation(flowId: string, resume: boolean): Promise<OpenedConversation> {
  const storage = browserStorage();
  const saved = resume ? loadChatSession(storage, flowId) : null;
  if (saved) {
    try {
      const loaded = await getChat(saved.conversationId, saved.token);
      if (loaded.flowId === flowId) return { session: saved, ...loaded };
    } catch (error) {
      // a forgotten or foreign conversation starts afresh; anything else is a real failure
      if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 404)) throw error;
    }
  }
  clearChatSession(storage, flowId);
  const started = await startChat(flowId);
  const session = { conversationId: started.conversationId, token: started.token };
  saveChatSession(storage, flowId, session);
  return { session, messages: started.messages, references: [], status: started.status, lastEventId: started.lastEventId };
}
