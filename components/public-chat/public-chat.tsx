"use client";

import { MessageCircle, RotateCcw } from "lucide-react";
import { useMemo } from "react";
import { ChatView } from "@/components/chat/chat-view";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { ChatReferences } from "./chat-references";
import { ChatStatusLine } from "./chat-status-line";
import { toViewMessages } from "./to-view-messages";
import { usePublicChat } from "./use-public-chat";

/**
 * The chat end users reach at /chat/[flowId]: the same chat view as the preview, running on the
 * server against the live desk. It covers the app's top bar (visitors have no use for it), keeps
 * the conversation across reloads, and says plainly when the flow is missing or the network is.
 */
export function PublicChat({ flowId }: { flowId: string }) {
  const { state, send, startOver, retry } = usePublicChat(flowId);
  const messages = useMemo(() => toViewMessages(state.messages), [state.messages]);
  const last = state.messages.at(-1);
  const quickReplies = last && last.from === "bot" && state.status.acceptsInput ? last.quickReplies : [];
  const withPerson = state.status.state === "queued" || state.status.state === "with_agent";
  return (
    <div className="fixed inset-0 z-30 flex justify-center bg-slate-100 sm:py-6">
      <main aria-label="Chat" data-testid="public-chat" className="flex w-full max-w-xl min-h-0 flex-col overflow-hidden bg-white shadow-sm sm:rounded-xl sm:border sm:border-slate-200">
        <header className="flex items-center gap-2 border-b border-slate-200 px-4 py-3">
          <MessageCircle className="size-5 text-slate-700" aria-hidden />
          <h1 className="text-base font-semibold text-slate-900">Chat with us</h1>
          {state.phase === "ready" ? (
            <Button size="sm" variant="ghost" className="ml-auto" onClick={startOver}>
              <RotateCcw className="size-3.5" aria-hidden /> Start over
            </Button>
          ) : null}
        </header>
        {state.phase === "loading" ? (
          <div className="grid flex-1 place-items-center">
            <Spinner label="Starting the chat" className="size-6" />
          </div>
        ) : state.phase === "failed" && state.failure ? (
          <div role="alert" className="flex flex-1 flex-col items-center justify-center gap-2 px-6 text-center">
            <h2 className="text-base font-semibold text-slate-900">{state.failure.title}</h2>
            <p className="max-w-sm text-sm text-slate-600">{state.failure.message}</p>
            {state.failure.kind === "network" || state.failure.kind === "other" ? (
              <Button className="mt-2" onClick={retry}>
                Try again
              </Button>
            ) : null}
          </div>
        ) : (
          <>
            <ChatStatusLine status={state.status} stream={state.stream} />
            <ChatView
              messages={messages}
              quickReplies={quickReplies}
              disabled={!state.status.acceptsInput}
              ended={state.status.state === "ended"}
              endedNote={
                <>
                  This conversation has ended.{" "}
                  <button type="button" className="font-medium text-sky-700 hover:underline" onClick={startOver}>
                    Start a new one
                  </button>
                </>
              }
              onSend={(text) => send({ text })}
              onQuickReply={(reply) => send({ action: { quickReply: reply.value ?? reply.label } })}
              onTalkToPerson={withPerson ? undefined : () => send({ action: "talk_to_person" })}
            >
              <ChatReferences references={state.references} />
              {state.sendError ? (
                <p role="alert" className="border-t border-rose-200 bg-rose-50 px-4 py-2 text-xs text-rose-700">
                  {state.sendError}
                </p>
              ) : null}
            </ChatView>
          </>
        )}
      </main>
    </div>
  );
}
