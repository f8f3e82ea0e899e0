"use client";

import type { ReactNode } from "react";
import type { ChatMessage, ChatQuickReply } from "./chat-message";
import { ChatComposer } from "./chat-composer";
import { ChatTranscript, type ChatPerspective } from "./chat-transcript";

/**
 * A whole chat: transcript above, composer below. Host-agnostic — the preview, the public chat
 * page and the agent desk pass messages in and get the user's actions out. `children` sits
 * between the two (the preview puts the agent role-play card there).
 */
export function ChatView({
  messages,
  quickReplies,
  disabled,
  ended,
  onSend,
  onQuickReply,
  onTalkToPerson,
  children,
  perspective,
  placeholder,
  endedNote = "This conversation has ended.",
}: {
  messages: readonly ChatMessage[];
  quickReplies: readonly ChatQuickReply[];
  disabled?: boolean;
  /** The conversation is over: the composer is replaced by a note. */
  ended?: boolean;
  onSend: (text: string) => void;
  onQuickReply: (reply: ChatQuickReply) => void;
  onTalkToPerson?: () => void;
  children?: ReactNode;
  /** "agent" in the desk: the agent's own messages on the right. */
  perspective?: ChatPerspective;
  placeholder?: string;
  endedNote?: ReactNode;
}) {
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ChatTranscript messages={messages} perspective={perspective} className="min-h-0 flex-1" />
      {children}
      {ended ? (
        <p className="border-t border-slate-200 p-3 text-center text-xs text-slate-500">{endedNote}</p>
      ) : (
        <ChatComposer quickReplies={quickReplies} disabled={disabled} placeholder={placeholder} onSend={onSend} onQuickReply={onQuickReply} onTalkToPerson={onTalkToPerson} />
      )}
    </div>
  );
}
