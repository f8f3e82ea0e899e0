"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { ChatMessage } from "./chat-message";

const bubble: Record<ChatMessage["from"], string> = {
  user: "ml-auto bg-slate-900 text-white",
  bot: "mr-auto bg-slate-100 text-slate-900",
  agent: "mr-auto border border-amber-200 bg-amber-50 text-slate-900",
  system: "mx-auto bg-transparent text-center text-xs text-slate-500",
};

/**
 * The conversation so far, newest at the bottom (kept scrolled there). Messages are plain text —
 * React escapes them — so nothing a user or a flow writes can inject markup.
 */
export function ChatTranscript({ messages, className }: { messages: readonly ChatMessage[]; className?: string }) {
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // scroll only the log itself: scrollIntoView would also move the page around an embedded chat
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [messages.length]);
  return (
    <div ref={log} role="log" aria-live="polite" aria-label="Conversation" className={cn("flex flex-col gap-2 overflow-y-auto p-3", className)}>
      {messages.map((message) => (
        <div key={message.id} data-from={message.from} data-testid="chat-message" className={cn("max-w-[85%] rounded-2xl px-3 py-2 text-sm", bubble[message.from])}>
          {message.author ? <div className="mb-0.5 text-[11px] font-semibold text-amber-700">{message.author}</div> : null}
          <p className="whitespace-pre-wrap break-words">{message.text}</p>
          {message.reference ? (
            <span data-testid="chat-reference" className="mt-1 inline-block rounded border border-sky-200 bg-sky-50 px-1.5 py-0.5 font-mono text-xs text-sky-800 select-all">
              {message.reference}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}
