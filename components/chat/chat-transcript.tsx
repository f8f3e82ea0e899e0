"use client";

import { Fragment, useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { ChatMessage } from "./chat-message";

/** Whose chat this is: the user's own messages sit on the right, or (desk) the agent's. */
export type ChatPerspective = "user" | "agent";

const bubbles: Record<ChatPerspective, Record<ChatMessage["from"], string>> = {
  user: {
    user: "ml-auto bg-slate-900 text-white",
    bot: "mr-auto bg-slate-100 text-slate-900",
    agent: "mr-auto border border-amber-200 bg-amber-50 text-slate-900",
    system: "mx-auto bg-transparent text-center text-xs text-slate-500",
  },
  agent: {
    user: "mr-auto border border-slate-200 bg-white text-slate-900",
    bot: "mr-auto bg-slate-100 text-slate-900",
    agent: "ml-auto bg-slate-900 text-white",
    system: "mx-auto bg-transparent text-center text-xs text-slate-500",
  },
};

/**
 * The conversation so far, newest at the bottom (kept scrolled there). Messages are plain text —
 * React escapes them — so nothing a user or a flow writes can inject markup.
 */
export function ChatTranscript({
  messages,
  className,
  perspective = "user",
}: {
  messages: readonly ChatMessage[];
  className?: string;
  perspective?: ChatPerspective;
}) {
  const bubble = bubbles[perspective];
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // scroll only the log itself: scrollIntoView would also move the page around an embedded chat
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [messages.length]);
  return (
    <div ref={log} role="log" aria-live="polite" aria-label="Conversation" className={cn("flex flex-col gap-2 overflow-y-auto p-3", className)}>
      {messages.map((message) => (
        <Fragment key={message.id}>
          {message.dividerBefore ? (
            <div role="separator" className="my-1 flex items-center gap-2 text-[11px] font-medium uppercase tracking-wide text-slate-400 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
              {message.dividerBefore}
            </div>
          ) : null}
          <div data-from={message.from} data-testid="chat-message" className={cn("max-w-[85%] rounded-2xl px-3 py-2 text-sm", bubble[message.from], message.muted && "opacity-70")}>
            {message.author ? <div className={cn("mb-0.5 text-[11px] font-semibold", perspective === "agent" && message.from === "agent" ? "text-amber-200" : "text-amber-700")}>{message.author}</div> : null}
            <p className="whitespace-pre-wrap break-words">{message.text}</p>
            {message.reference ? (
              <span data-testid="chat-reference" className="mt-1 inline-block rounded border border-sky-200 bg-sky-50 px-1.5 py-0.5 font-mono text-xs text-sky-800 select-all">
                {message.reference}
              </span>
            ) : null}
          </div>
        </Fragment>
      ))}
    </div>
  );
}
