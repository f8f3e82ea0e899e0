"use client";

import { SendHorizontal, UserRound } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ChatQuickReply } from "./chat-message";

/**
 * Where the user answers: the quick replies of the latest message, a text box, and the
 * always-visible "Talk to a person" action (the `user_request` trigger from anywhere).
 */
export function ChatComposer({
  quickReplies,
  disabled,
  placeholder = "Type a message…",
  onSend,
  onQuickReply,
  onTalkToPerson,
}: {
  quickReplies: readonly ChatQuickReply[];
  disabled?: boolean;
  placeholder?: string;
  onSend: (text: string) => void;
  onQuickReply: (reply: ChatQuickReply) => void;
  onTalkToPerson?: () => void;
}) {
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message || disabled) return;
    onSend(message);
    setText("");
  };
  return (
    <div className="space-y-2 border-t border-slate-200 p-3">
      {quickReplies.length > 0 ? (
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Quick replies">
          {quickReplies.map((reply) => (
            <button
              key={`${reply.label}\u0000${reply.value ?? ""}`}
              type="button"
              disabled={disabled}
              onClick={() => onQuickReply(reply)}
              className="rounded-full border border-sky-300 bg-white px-3 py-1 text-xs font-medium text-sky-800 hover:bg-sky-50 disabled:opacity-50"
            >
              {reply.label}
            </button>
          ))}
        </div>
      ) : null}
      <form onSubmit={submit} className="flex gap-2">
        <Input aria-label="Message" value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} disabled={disabled} maxLength={4000} />
        <Button type="submit" variant="primary" aria-label="Send" disabled={disabled || !text.trim()}>
          <SendHorizontal className="size-4" />
        </Button>
      </form>
      {onTalkToPerson ? (
        <button type="button" onClick={onTalkToPerson} disabled={disabled} className="inline-flex items-center gap-1 text-xs font-medium text-amber-700 hover:underline disabled:opacity-50">
          <UserRound className="size-3.5" /> Talk to a person
        </button>
      ) : null}
    </div>
  );
}
